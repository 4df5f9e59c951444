package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;

/**
 * Where the resource page shows the outcome of "Get my access": the credential, the card keypad, a ticket number,
 * or, kindly, why there is none, with the librarian one tap away.
 */
class AccessPanel extends Div {

    AccessPanel() {
        setId("access-panel");
        addClassName("access-panel");
        setVisible(false);
    }

    void show(Component content) {
        removeAll();
        add(content);
        setVisible(true);
        getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'start'})");
    }

    /** Why the patron gets no access here, and the librarian call. */
    static Div refusal(String messageKey, Runnable callLibrarian) {
        Div box = new Div();
        box.setId("access-refused");
        box.addClassName("access-refused");
        Paragraph text = ReadAloud.speak(new Paragraph(box.getTranslation(messageKey)));
        text.setId("access-refused-text");
        Tile call = new Tile("access-call-librarian", "user-check", box.getTranslation("kiosk.help"));
        call.addClassName("main-action");
        call.addClickListener(e -> callLibrarian.run());
        box.add(text, call);
        return box;
    }

    /** The ticket number of a request for a personal account (STAFF_ACCOUNT). */
    static Div ticket(String number) {
        Div box = new Div();
        box.setId("staff-request");
        box.addClassName("staff-request");
        Span digits = new Span(number);
        digits.setId("staff-request-ticket");
        digits.addClassName("ticket-number");
        digits.getElement().setAttribute("dir", "ltr");
        box.add(ReadAloud.speak(new H2(box.getTranslation("kiosk.request.title"))), digits,
                ReadAloud.speak(new Paragraph(box.getTranslation("kiosk.request.text"))));
        return box;
    }
}
