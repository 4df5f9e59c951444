package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.workshop.WorkshopChoices;
import fr.tremplin.workshop.WorkshopPlan;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plans a workshop: title, theme, resources, date and time, seats, language of the session, optionally a partner's
 * group. Every field but the title has a sensible start (today at the next full hour, 12 seats, the branch's first
 * language), so a librarian may type a title and save. Ids: {@code workshop-title}, {@code workshop-seats},
 * {@code workshop-save} and one per field.
 */
class WorkshopDialog extends Dialog {

    static final int DEFAULT_SEATS = 12;

    private final TextField title = new TextField();
    private final Select<String> need = new Select<>();
    private final CheckboxGroup<String> resources = new CheckboxGroup<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final IntegerField seats = new IntegerField();
    private final Select<Language> language = new Select<>();
    private final Select<String> partner = new Select<>();

    WorkshopDialog(StaffBranch branch, WorkshopChoices choices, ZonedDateTime now, Consumer<WorkshopPlan> onSave) {
        setId("workshop-dialog");
        setHeaderTitle(getTranslation("staff.workshops.new"));
        LocalDateTime start = now.withZoneSameInstant(branch.timeZone()).toLocalDateTime()
                .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        title.setId("workshop-title");
        title.setLabel(getTranslation("staff.workshop.title"));
        title.setRequired(true);
        title.setMaxLength(WorkshopPlan.TITLE_MAX);
        title.setWidthFull();
        need.setId("workshop-need");
        need.setLabel(getTranslation("staff.workshop.need"));
        need.setEmptySelectionAllowed(true);
        need.setEmptySelectionCaption(getTranslation("staff.workshop.need.none"));
        need.setItems(choices.needs().stream().map(NeedTile::code).toList());
        need.setItemLabelGenerator(code -> code == null ? getTranslation("staff.workshop.need.none")
                : choices.needs().stream().filter(n -> n.code().equals(code)).map(NeedTile::label).findFirst()
                        .orElse(code));
        resources.setId("workshop-resources");
        resources.setLabel(getTranslation("staff.workshop.resources"));
        resources.setItems(choices.resources().stream().map(WorkshopChoices.Choice::code).toList());
        resources.setItemLabelGenerator(choices::resourceName);
        date.setId("workshop-date");
        date.setLabel(getTranslation("staff.workshop.date"));
        date.setValue(start.toLocalDate());
        date.setRequired(true);
        time.setId("workshop-time");
        time.setLabel(getTranslation("staff.workshop.time"));
        time.setStep(java.time.Duration.ofMinutes(15));
        time.setValue(start.toLocalTime());
        time.setRequired(true);
        seats.setId("workshop-seats");
        seats.setLabel(getTranslation("staff.workshop.seats"));
        seats.setMin(1);
        seats.setMax(WorkshopPlan.SEATS_MAX);
        seats.setStepButtonsVisible(true);
        seats.setValue(DEFAULT_SEATS);
        language.setId("workshop-language");
        language.setLabel(getTranslation("staff.workshop.language"));
        language.setItems(choices.languages().isEmpty() ? List.of(Language.FR) : choices.languages());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(choices.languages().isEmpty() ? Language.FR : choices.languages().get(0));
        partner.setId("workshop-partner");
        partner.setLabel(getTranslation("staff.workshop.partner"));
        partner.setEmptySelectionAllowed(true);
        partner.setEmptySelectionCaption(getTranslation("staff.workshop.partner.none"));
        partner.setItems(choices.partners().stream().map(WorkshopChoices.Choice::code).toList());
        partner.setItemLabelGenerator(code -> code == null ? getTranslation("staff.workshop.partner.none")
                : choices.partners().stream().filter(p -> p.code().equals(code)).map(WorkshopChoices.Choice::name)
                        .findFirst().orElse(code));
        FormLayout form = new FormLayout(title, date, time, seats, language, need, partner, resources);
        form.setColspan(title, 2);
        form.setColspan(resources, 2);
        add(form);
        Button save = new Button(getTranslation("staff.workshop.save"), e -> save(branch, onSave));
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("workshop-cancel");
        getFooter().add(cancel, save);
        title.focus();
    }

    private void save(StaffBranch branch, Consumer<WorkshopPlan> onSave) {
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("staff.workshop.error.title"));
            title.setInvalid(true);
            return;
        }
        if (seats.isInvalid() || seats.getValue() == null) {
            seats.setErrorMessage(getTranslation("staff.workshop.error.seats", WorkshopPlan.SEATS_MAX));
            seats.setInvalid(true);
            return;
        }
        LocalTime at = time.getValue() == null ? LocalTime.NOON : time.getValue();
        if (date.getValue() == null) {
            date.setErrorMessage(getTranslation("staff.workshop.error.starts"));
            date.setInvalid(true);
            return;
        }
        WorkshopPlan plan = new WorkshopPlan(branch.code(), title.getValue().strip(), need.getValue(),
                new ArrayList<>(resources.getSelectedItems()), date.getValue().atTime(at), seats.getValue(),
                language.getValue(), partner.getValue());
        Map<String, HasValidation> fields = Map.of("title", title, "seats", seats, "startsAt", date,
                "language", language, "need", need, "partner", partner, "resources", resources);
        if (Feedback.save(() -> onSave.accept(plan), fields)) {
            close();
        }
    }
}
