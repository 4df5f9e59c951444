package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.OptionalInt;

/**
 * Keeps one patron's use of a shared PC from reaching the next: websites open in one named window, which the end
 * of every session closes; and, when the PC runs the kiosk launcher (README, "Launch a kiosk PC"), the end of a
 * session hands over to it, so the browser starts again with a fresh profile and no publisher sign-in survives.
 *
 * <p>{@code window.opener}: Chromium lets a page close a window it opened only while that window still has it as
 * opener. With the launcher, the restart closes every window, so the website gets no {@code window.opener} at all.
 * Without it, the kiosk keeps the link so that it can close the website at the end of the session: a publisher
 * left on screen for the next patron is the greater harm (README).
 */
final class SharedPcHygiene {

    /** The query parameter the launcher adds to the kiosk's address: the loopback port it listens on. */
    static final String LAUNCHER_PARAMETER = "launcher";
    static final String WINDOW_NAME = "tremplin-resource";

    private final Integer launcherPort;

    private SharedPcHygiene(Integer launcherPort) {
        this.launcherPort = launcherPort;
    }

    static SharedPcHygiene from(QueryParameters query) {
        return new SharedPcHygiene(launcherPort(query.getSingleParameter(LAUNCHER_PARAMETER).orElse(null))
                .stream().boxed().findFirst().orElse(null));
    }

    /** A port from 1024 to 65535, written in digits only; anything else is ignored. */
    static OptionalInt launcherPort(String value) {
        if (value == null || !value.matches("[0-9]{4,5}")) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(value);
        return port >= 1024 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    boolean hasLauncher() {
        return launcherPort != null;
    }

    /**
     * Opens the website in the one resource window: first blank (same origin, so that its opener can be cut when
     * the launcher is there), then sent to the address. The kiosk keeps the handle to close it later.
     */
    void open(Component page, String url) {
        page.getElement().executeJs("""
                const w = window.open('about:blank', $1);
                if (w) {
                  if ($2) {
                    try { w.opener = null; } catch (e) { /* already another origin's: it has no opener of ours */ }
                  }
                  w.location.href = $0;
                  window.tremplinResource = w;
                }""", url, WINDOW_NAME, launcherPort != null);
    }

    /**
     * The patron session is over: close the resource window and, with the launcher, hand the PC over to it for a
     * fresh browser.
     *
     * @param sessionStarted false when nobody used the kiosk (nothing to clean, no restart)
     */
    void sessionEnded(Component page, boolean sessionStarted) {
        page.getElement().executeJs("""
                const w = window.tremplinResource;
                if (w && !w.closed) { w.close(); }
                window.tremplinResource = null;
                if ($0) { window.location.replace($0); }""",
                sessionStarted && launcherPort != null ? "http://127.0.0.1:" + launcherPort + "/next-patron" : "");
    }
}
