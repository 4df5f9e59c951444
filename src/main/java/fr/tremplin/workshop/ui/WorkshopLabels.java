package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.workshop.WorkshopChoices;
import fr.tremplin.workshop.WorkshopStatus;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Words and times of the workshop screens. */
final class WorkshopLabels {

    private WorkshopLabels() {
    }

    static String when(LocalDateTime local) {
        UI ui = UI.getCurrent();
        return local.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(ui.getLocale()));
    }

    static Span status(WorkshopStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation("staff.workshop.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        if (status == WorkshopStatus.OPEN || status == WorkshopStatus.RUNNING) {
            badge.getElement().getThemeList().add("success");
        } else if (status == WorkshopStatus.CLOSED) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("workshop-status");
        return badge;
    }

    /** A seat's step in the librarian's words: the screen, or the resource's title. */
    static String step(String step, WorkshopChoices choices) {
        UI ui = UI.getCurrent();
        if (step == null) {
            return ui.getTranslation("staff.workshop.step.none");
        }
        if (step.startsWith("RESOURCE:")) {
            return choices.resourceName(step.substring("RESOURCE:".length()));
        }
        return ui.getTranslation("staff.workshop.step." + step);
    }
}
