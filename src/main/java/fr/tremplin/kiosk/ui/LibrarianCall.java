package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.kiosk.HelpCallService;

/**
 * A kiosk's call for a librarian, from "sent" to "a librarian is coming": the kiosk watches its call until a
 * librarian takes it on the desk (on any node), then says so in the patron's language. A new patron forgets it.
 */
@SpringComponent
@UIScope
class LibrarianCall {

    static final int SENT_MILLIS = 8000;
    static final int COMING_MILLIS = 30_000;

    private final LiveSignals signals;
    private final HelpCallService calls;
    private LiveSignals.Subscription watch;

    LibrarianCall(LiveSignals signals, HelpCallService calls) {
        this.signals = signals;
        this.calls = calls;
    }

    /** Says the call is sent, then waits for a librarian to take it. */
    void sent(String callKey) {
        forget();
        notice("help-called", "kiosk.help.sent", SENT_MILLIS);
        UI ui = UI.getCurrent();
        watch = signals.subscribe(HelpCallService.callTopic(callKey), () -> ui.access(() -> {
            if (watch != null && calls.taken(callKey)) {
                forget();
                notice("help-coming", "kiosk.help.called", COMING_MILLIS);
            }
        }));
    }

    void forget() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private static void notice(String id, String key, int millis) {
        Notification notice = Notification.show(UI.getCurrent().getTranslation(key), millis,
                Notification.Position.MIDDLE);
        notice.setId(id);
        notice.addThemeName("kiosk-notice");
    }
}
