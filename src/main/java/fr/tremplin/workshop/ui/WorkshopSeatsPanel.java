package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.workshop.Seat;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.WorkshopChoices;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The seats of a workshop, live: each seat ({@code workshop-seat-{n}}) with the screen its kiosk shows, and the
 * counts kept for the report (attendance, audience, satisfaction). Only numbers: nobody is named.
 */
class WorkshopSeatsPanel extends Div {

    WorkshopSeatsPanel() {
        setId("workshop-seats-panel");
        addClassName("workshop-seats-panel");
    }

    void show(Workshop workshop, List<Seat> seats, WorkshopChoices choices) {
        removeAll();
        long present = seats.stream().filter(s -> s.left() == null).count();
        Paragraph attendance = new Paragraph(getTranslation("staff.workshop.attendance", present, workshop.seats(),
                seats.size()));
        attendance.setId("workshop-attendance");
        add(new H3(getTranslation("staff.workshop.seats.title")), attendance);
        Div grid = new Div();
        grid.addClassName("workshop-seat-grid");
        for (Seat seat : seats) {
            grid.add(seat(seat, choices));
        }
        if (seats.isEmpty()) {
            grid.add(new Paragraph(getTranslation("staff.workshop.seats.none")));
        }
        add(grid, summary(seats));
    }

    private Div seat(Seat seat, WorkshopChoices choices) {
        Span number = new Span(getTranslation("staff.workshop.seat", seat.number()));
        number.addClassName("workshop-seat-label");
        Span step = new Span(seat.left() != null ? getTranslation("staff.workshop.seat.left")
                : WorkshopLabels.step(seat.step(), choices));
        step.addClassName("workshop-seat-step");
        step.setId("workshop-seat-step-" + seat.number());
        Div card = new Div(number, step);
        card.setId("workshop-seat-" + seat.number());
        card.addClassName("workshop-seat");
        card.getElement().setAttribute("data-step", seat.step() == null ? "" : seat.step());
        if (seat.left() != null) {
            card.addClassName("left");
        }
        if (seat.audience() != null) {
            Span audience = new Span(getTranslation("staff.audience." + seat.audience().name()));
            audience.addClassName("workshop-seat-audience");
            card.add(audience);
        }
        if (seat.hasCredential()) {
            Span key = new Span(getTranslation("staff.workshop.seat.credential"));
            key.addClassName("workshop-seat-credential");
            card.add(key);
        }
        return card;
    }

    private Div summary(List<Seat> seats) {
        Map<Audience, Integer> audiences = new EnumMap<>(Audience.class);
        int[] faces = new int[4];
        for (Seat seat : seats) {
            if (seat.audience() != null) {
                audiences.merge(seat.audience(), 1, Integer::sum);
            }
            if (seat.satisfaction() != null) {
                faces[seat.satisfaction()]++;
            }
        }
        Div summary = new Div();
        summary.setId("workshop-summary");
        summary.addClassName("workshop-summary");
        for (Audience audience : Audience.values()) {
            summary.add(new Span(getTranslation("staff.workshop.summary.audience",
                    getTranslation("staff.audience." + audience.name()), audiences.getOrDefault(audience, 0))));
        }
        for (int score = 3; score >= 1; score--) {
            summary.add(new Span(getTranslation("staff.workshop.summary.satisfaction." + score, faces[score])));
        }
        return summary;
    }
}
