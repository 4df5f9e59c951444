package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.WorkshopStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The branch's workshops of the day on the start and need screens: title, when, in which language, and one
 * "Join a workshop" tile ({@code workshop-join}) that opens the code screen.
 */
class WorkshopBoard extends Composite<Div> {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    WorkshopBoard(List<Workshop> workshops, LocalDate today, Runnable onJoin) {
        Div root = getContent();
        root.setId("workshop-board");
        root.addClassName("workshop-board");
        root.add(ReadAloud.speak(new H2(getTranslation("kiosk.workshop.board"))));
        for (Workshop workshop : workshops) {
            Span title = new Span(workshop.title());
            title.addClassName("workshop-title");
            // The title is the librarian's words, in the workshop's language.
            title.getElement().setAttribute("lang", workshop.language().code());
            title.getElement().setAttribute("dir", workshop.language().rightToLeft() ? "rtl" : "ltr");
            Span when = new Span(when(workshop, today));
            when.addClassName("workshop-when");
            Span language = new Span(workshop.language().nativeName());
            language.addClassName("workshop-language");
            language.getElement().setAttribute("lang", workshop.language().code());
            Div line = new Div(title, when, language);
            line.setId("workshop-coming-" + workshop.id());
            line.addClassName("workshop-coming");
            root.add(line);
        }
        Tile join = new Tile("workshop-join", "group", getTranslation("kiosk.workshop.join"));
        join.addClassName("workshop-join");
        ReadAloud.speak(join.label());
        join.addClickListener(e -> onJoin.run());
        root.add(join);
    }

    private String when(Workshop workshop, LocalDate today) {
        if (workshop.status() == WorkshopStatus.OPEN || workshop.status() == WorkshopStatus.RUNNING) {
            return getTranslation("kiosk.workshop.now");
        }
        String time = HOURS.format(workshop.startsAt());
        return workshop.startsAt().toLocalDate().isAfter(today) ? getTranslation("kiosk.workshop.tomorrow", time)
                : getTranslation("kiosk.workshop.today", time);
    }
}
