package fr.tremplin.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.desk.DeskBoard;
import fr.tremplin.kiosk.HelpCall;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The calls for a librarian, oldest first: a red banner while one is open, "urgent" once nobody took it for two
 * minutes, then who took it. Ids: {@code desk-call-{id}}, its button {@code desk-call-ack-{id}} ("I'm going"),
 * then {@code desk-call-done-{id}}.
 */
class DeskCalls extends Div {

    private final Consumer<HelpCall> onTake;
    private final Consumer<HelpCall> onClose;

    DeskCalls(Consumer<HelpCall> onTake, Consumer<HelpCall> onClose) {
        this.onTake = onTake;
        this.onClose = onClose;
        setId("desk-calls");
        addClassName("desk-calls");
    }

    void show(DeskBoard board) {
        removeAll();
        long open = board.openCalls();
        getElement().setAttribute("data-open", String.valueOf(open));
        if (open > 0) {
            Div banner = new Div(new Span(getTranslation("staff.desk.ringing", open)));
            banner.setId("desk-ringing");
            banner.addClassName("desk-ringing");
            banner.getElement().setAttribute("role", "alert");
            add(banner);
        }
        add(new H3(getTranslation("staff.desk.calls")));
        if (board.calls().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.desk.calls.none"));
            none.setId("desk-calls-none");
            add(none);
        }
        for (HelpCall call : board.calls()) {
            add(card(call, board));
        }
    }

    private Div card(HelpCall call, DeskBoard board) {
        String where = call.kioskLabel() == null ? getTranslation("staff.desk.call.unregistered")
                : getTranslation("staff.desk.call.kiosk", call.kioskLabel());
        long minutes = Duration.between(call.calledAt(), board.now()).toMinutes();
        Span what = new Span(where);
        what.addClassName("desk-call-where");
        Span when = new Span(getTranslation("staff.desk.call.when", DeskTimes.time(call.calledAt(), board.branch()),
                Math.max(0, minutes)));
        when.addClassName("desk-call-when");
        Div card = new Div(what, when);
        card.setId("desk-call-" + call.id());
        card.addClassName("desk-call");
        if (call.urgent(board.now())) {
            card.addClassName("urgent");
            Span urgent = new Span(getTranslation("staff.desk.call.urgent"));
            urgent.setId("desk-call-urgent-" + call.id());
            urgent.addClassName("desk-call-urgent");
            card.addComponentAsFirst(urgent);
        }
        if (call.open()) {
            Button take = new Button(getTranslation("staff.desk.call.take"), e -> onTake.accept(call));
            take.setId("desk-call-ack-" + call.id());
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            card.add(take);
        } else {
            card.addClassName("taken");
            Span taken = new Span(getTranslation("staff.desk.call.taken", call.takenBy(),
                    DeskTimes.time(call.takenAt(), board.branch())));
            taken.setId("desk-call-taken-" + call.id());
            Button done = new Button(getTranslation("staff.desk.call.done"), e -> onClose.accept(call));
            done.setId("desk-call-done-" + call.id());
            done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(taken, done);
        }
        return card;
    }
}
