package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.tremplin.workshop.LeadTarget;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.WorkshopChoices;
import fr.tremplin.workshop.WorkshopStatus;
import fr.tremplin.workshop.WorkshopStatus.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The librarian's controls of a running workshop, built once (so a choice in a list survives the live updates) and
 * enabled by the workshop's state: open, lead to a screen ("follow me"), release, lock the screens, hand out
 * credentials, close.
 */
class WorkshopControls extends Div {

    /** What the buttons do. */
    interface Actions {
        void open();

        void lead(LeadTarget target);

        void release();

        void lock(boolean locked);

        void handOut(String resourceCode);

        void showSlips();

        void close();
    }

    private final Button open = button("workshop-open", "staff.workshop.open", ButtonVariant.LUMO_PRIMARY);
    private final Select<String> leadTarget = new Select<>();
    private final Button lead = button("workshop-lead", "staff.workshop.lead", ButtonVariant.LUMO_PRIMARY);
    private final Button release = button("workshop-release", "staff.workshop.release", null);
    private final Button lock = button("workshop-lock", "staff.workshop.lock", null);
    private final Select<String> handResource = new Select<>();
    private final Button hand = button("workshop-hand-credentials", "staff.workshop.hand", null);
    private final Button slips = button("workshop-show-slips", "staff.workshop.slips", ButtonVariant.LUMO_TERTIARY);
    private final Button close = button("workshop-close", "staff.workshop.close", ButtonVariant.LUMO_ERROR);
    private boolean locked;

    WorkshopControls(Workshop workshop, WorkshopChoices choices, Actions actions) {
        setId("workshop-controls");
        addClassName("workshop-controls");
        Map<String, String> targets = targets(workshop, choices);
        leadTarget.setId("workshop-lead-target");
        leadTarget.setLabel(getTranslation("staff.workshop.lead.target"));
        leadTarget.setItems(new ArrayList<>(targets.keySet()));
        leadTarget.setItemLabelGenerator(targets::get);
        leadTarget.setValue(targets.keySet().iterator().next());
        List<String> pooled = pooled(workshop, choices);
        handResource.setId("workshop-hand-resource");
        handResource.setLabel(getTranslation("staff.workshop.hand.resource"));
        handResource.setItems(pooled);
        handResource.setItemLabelGenerator(choices::resourceName);
        if (!pooled.isEmpty()) {
            handResource.setValue(pooled.get(0));
        }
        open.addClickListener(e -> actions.open());
        lead.addClickListener(e -> LeadTarget.parse(leadTarget.getValue()).ifPresent(actions::lead));
        release.addClickListener(e -> actions.release());
        lock.addClickListener(e -> actions.lock(!locked));
        hand.addClickListener(e -> {
            if (handResource.getValue() != null) {
                actions.handOut(handResource.getValue());
            }
        });
        slips.addClickListener(e -> actions.showSlips());
        close.addClickListener(e -> actions.close());
        Div leading = group(leadTarget, lead, release, lock);
        Div handing = group(handResource, hand, slips);
        add(open, leading, handing, group(close));
        update(workshop);
    }

    void update(Workshop workshop) {
        WorkshopStatus status = workshop.status();
        open.setVisible(Command.OPEN.allowedIn(status));
        boolean running = Command.LEAD.allowedIn(status);
        for (var part : List.of(leadTarget, lead, release, lock, handResource, hand)) {
            part.setEnabled(running);
        }
        hand.setEnabled(running && handResource.getValue() != null);
        release.setEnabled(running && workshop.leading());
        slips.setVisible(workshop.handOutCount() > 0);
        close.setVisible(Command.CLOSE.allowedIn(status));
        locked = workshop.locked();
        lock.setText(getTranslation(locked ? "staff.workshop.unlock" : "staff.workshop.lock"));
        lock.getElement().setAttribute("aria-pressed", String.valueOf(locked));
        if (locked) {
            lock.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        } else {
            lock.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
    }

    private Map<String, String> targets(Workshop workshop, WorkshopChoices choices) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(LeadTarget.needs().text(), getTranslation("staff.workshop.lead.needs"));
        if (workshop.needCode() != null) {
            targets.put(LeadTarget.results().text(), getTranslation("staff.workshop.lead.results"));
        }
        List<String> resources = workshop.resourceCodes().isEmpty()
                ? choices.resources().stream().map(WorkshopChoices.Choice::code).toList() : workshop.resourceCodes();
        for (String code : resources) {
            targets.put(LeadTarget.resource(code).text(), choices.resourceName(code));
        }
        return targets;
    }

    /** The workshop's resources handed out from a pool, or every pooled offer of the branch if it names none. */
    private static List<String> pooled(Workshop workshop, WorkshopChoices choices) {
        List<String> all = choices.pooled().stream().map(WorkshopChoices.Choice::code).toList();
        List<String> own = workshop.resourceCodes().stream().filter(all::contains).toList();
        return own.isEmpty() ? all : own;
    }

    private Button button(String id, String key, ButtonVariant variant) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        return button;
    }

    private static Div group(com.vaadin.flow.component.Component... parts) {
        Div group = new Div(parts);
        group.addClassName("workshop-control-group");
        return group;
    }
}
