package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.kiosk.HelpCallService;

/**
 * A kiosk's call for a librarian, from "sent" ({@code help-called}) to "a librarian is coming"
 * ({@code help-coming}), in a band above the screen in the patron's language: the kiosk watches its call until a
 * librarian takes it on the desk (on any node). A tap hides the band; a new patron forgets it.
 */
@SpringComponent
@UIScope
class LibrarianCall {

    private final LiveSignals signals;
    private final HelpCallService calls;
    private LiveSignals.Subscription watch;
    private Div slot;

    LibrarianCall(LiveSignals signals, HelpCallService calls) {
        this.signals = signals;
        this.calls = calls;
    }

    void attach(Div bandSlot) {
        this.slot = bandSlot;
    }

    /** Says the call is sent, then waits for a librarian to take it. */
    void sent(String callKey) {
        forget();
        band("help-called", "kiosk.help.sent", "paperplane");
        UI ui = UI.getCurrent();
        watch = signals.subscribe(HelpCallService.callTopic(callKey), () -> ui.access(() -> {
            if (watch != null && calls.taken(callKey)) {
                closeWatch();
                band("help-coming", "kiosk.help.called", "user-check");
            }
        }));
    }

    void forget() {
        closeWatch();
        if (slot != null) {
            slot.removeAll();
        }
    }

    private void closeWatch() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void band(String id, String key, String pictogram) {
        slot.removeAll();
        Paragraph text = ReadAloud.speak(new Paragraph(slot.getTranslation(key)));
        Div band = new Div(Pictograms.icon(pictogram), text);
        band.setId(id);
        band.addClassName("help-band");
        band.getElement().setAttribute("role", "status");
        band.addClickListener(e -> slot.removeAll());
        slot.add(band);
    }
}
