package fr.tremplin.core.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Picks one of the branches a staff user may see, for the screens that work on one branch at a time. */
public class BranchPicker extends Select<String> {

    /**
     * The picker of a screen opened at {@code …?branch=<code>}: that branch when the user may see it, else the first.
     *
     * @param branches code to name, in the order to show
     */
    public static BranchPicker forAddress(Map<String, String> branches, BeforeEnterEvent event,
            Consumer<String> onChange) {
        return new BranchPicker(branches, event.getLocation().getQueryParameters().getSingleParameter("branch")
                .orElse(null), onChange);
    }

    /** @param branches code to name, in the order to show */
    public BranchPicker(Map<String, String> branches, String selected, Consumer<String> onChange) {
        setId("branch-select");
        setLabel(getTranslation("staff.branch"));
        setItems(List.copyOf(branches.keySet()));
        setItemLabelGenerator(code -> branches.getOrDefault(code, code));
        if (selected != null && branches.containsKey(selected)) {
            setValue(selected);
        } else if (!branches.isEmpty()) {
            setValue(branches.keySet().iterator().next());
        }
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        setMinWidth("20em");
    }
}
