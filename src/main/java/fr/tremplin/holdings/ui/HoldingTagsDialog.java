package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.holdings.HoldingTags;
import fr.tremplin.holdings.HoldingTagsService;
import fr.tremplin.holdings.RecordTags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Corrects the needs and levels of one record, or hands it back to the linking rules. Opened from the holdings page
 * and from the staff search ({@link #open}).
 */
public class HoldingTagsDialog extends Dialog {

    private final HoldingTagsService service;
    private final String recordId;
    private final MultiSelectComboBox<String> needs = new MultiSelectComboBox<>();
    private final Select<LanguageLevel> levelMin = level("holding-tags-level-min", "staff.holdings.tags.level-min");
    private final Select<LanguageLevel> levelMax = level("holding-tags-level-max", "staff.holdings.tags.level-max");
    private final Paragraph state = new Paragraph();

    public HoldingTagsDialog(HoldingTagsService service, RecordTags tags) {
        this.service = service;
        this.recordId = tags.recordId();
        setId("holding-tags-dialog");
        setHeaderTitle(getTranslation("staff.holdings.tags.title", tags.title(), tags.recordId()));
        Map<String, String> labels = new LinkedHashMap<>();
        service.needs().forEach(n -> labels.put(n.code(), n.label()));
        needs.setId("holding-tags-needs");
        needs.setLabel(getTranslation("staff.holdings.tags.needs"));
        needs.setItems(labels.keySet());
        needs.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        needs.setWidthFull();
        state.setId("holding-tags-state");
        Button save = new Button(getTranslation("staff.save"), e -> save());
        save.setId("holding-tags-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rules = new Button(getTranslation("staff.holdings.tags.rules"), e -> backToRules());
        rules.setId("holding-tags-rules");
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("holding-tags-cancel");
        add(state, needs, new HorizontalLayout(levelMin, levelMax));
        getFooter().add(cancel, rules, save);
        setWidth("min(45em, 95vw)");
        show(tags);
    }

    /** Opens the dialog of this record, or says that no record has this id. */
    public static void open(HoldingTagsService service, String recordId) {
        try {
            new HoldingTagsDialog(service, service.tags(recordId.strip())).open();
        } catch (InvalidInputException e) {
            Feedback.invalid(e, Map.of());
        }
    }

    private void show(RecordTags tags) {
        needs.setValue(tags.tags().needs());
        levelMin.setValue(tags.tags().levelMin());
        levelMax.setValue(tags.tags().levelMax());
        state.setText(getTranslation(tags.byStaff() ? "staff.holdings.tags.by-staff" : "staff.holdings.tags.by-rules"));
    }

    private void save() {
        levelMax.setInvalid(false);
        if ((levelMin.getValue() == null) != (levelMax.getValue() == null)
                || levelMin.getValue() != null && levelMin.getValue().compareTo(levelMax.getValue()) > 0) {
            levelMax.setErrorMessage(getTranslation("staff.holdings.tags.levels-invalid"));
            levelMax.setInvalid(true);
            return;
        }
        if (run(() -> service.correct(recordId, new HoldingTags(needs.getValue(), levelMin.getValue(),
                levelMax.getValue())))) {
            close();
        }
    }

    /** Stays open on the tags the rules gave, so staff see what they chose. */
    private void backToRules() {
        run(() -> service.backToRules(recordId));
    }

    private boolean run(Supplier<RecordTags> write) {
        try {
            show(write.get());
            Feedback.saved();
            return true;
        } catch (InvalidInputException e) {
            Feedback.invalid(e, Map.of("needs", needs));
        } catch (AccessDeniedException e) {
            Feedback.error(getTranslation("staff.holdings.tags.denied"));
        }
        return false;
    }

    private static Select<LanguageLevel> level(String id, String labelKey) {
        Select<LanguageLevel> select = new Select<>();
        select.setId(id);
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(LanguageLevel.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation("staff.holdings.tags.level-none"));
        select.setItemLabelGenerator(l -> l == null ? select.getTranslation("staff.holdings.tags.level-none")
                : l.name());
        return select;
    }
}
