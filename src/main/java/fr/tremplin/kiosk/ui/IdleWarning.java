package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;

/**
 * Shared-terminal safety. The browser watches for touches; after the branch's idle timeout it asks the server to
 * warn. The warning counts down 20 seconds (WCAG 2.2.1) with one large "I'm still here" button; at zero the
 * kiosk resets.
 */
class IdleWarning {

    static final int COUNTDOWN_SECONDS = 20;

    private final Component owner;
    private final Dialog dialog = new Dialog();
    private final Countdown countdown;

    /**
     * @param owner the component whose {@code idle()} method the browser calls
     * @param onExpired what to do when the countdown reaches zero
     */
    IdleWarning(Component owner, Runnable onContinue, Runnable onExpired) {
        this.owner = owner;
        this.countdown = new Countdown(() -> {
            if (dialog.isOpened()) {
                close();
                onExpired.run();
            }
        });
        dialog.setId("idle-warning-dialog");
        dialog.setModality(ModalityMode.STRICT);
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        countdown.setId("idle-countdown");
        countdown.addClassName("countdown");
        countdown.getElement().setAttribute("aria-live", "polite");
        Tile stay = new Tile("idle-continue", "hand", owner.getTranslation("kiosk.idle.continue"));
        stay.addClassName("main-action");
        stay.addClickListener(e -> {
            close();
            onContinue.run();
        });
        Div content = new Div(ReadAloud.speak(new H2(owner.getTranslation("kiosk.idle.title"))),
                ReadAloud.speak(new Paragraph(owner.getTranslation("kiosk.idle.text"))), countdown, stay);
        content.setId("idle-warning");
        content.addClassName("idle-warning");
        dialog.add(content);
    }

    /** Starts watching for touches in the browser; a touch anywhere restarts the wait. */
    void watch(int timeoutSeconds) {
        owner.getElement().executeJs("""
                const view = this, timeout = $0 * 1000;
                if (view.__idleStop) { view.__idleStop(); }
                let timer;
                const restart = () => { clearTimeout(timer); timer = setTimeout(() => view.$server.idle(), timeout); };
                const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'];
                events.forEach(e => document.addEventListener(e, restart, { passive: true, capture: true }));
                view.__idleStop = () => {
                  clearTimeout(timer);
                  events.forEach(e => document.removeEventListener(e, restart, { capture: true }));
                };
                restart();""", timeoutSeconds);
    }

    boolean isOpen() {
        return dialog.isOpened();
    }

    void open() {
        if (dialog.isOpened()) {
            return;
        }
        countdown.setText(String.valueOf(COUNTDOWN_SECONDS));
        dialog.open();
        countdown.getElement().executeJs("""
                const el = this;
                let left = $0;
                clearInterval(el.__countdown);
                el.__countdown = setInterval(() => {
                  left--;
                  el.textContent = String(left);
                  if (left <= 0) { clearInterval(el.__countdown); el.$server.expired(); }
                }, 1000);""", COUNTDOWN_SECONDS);
    }

    /** Simulates the end of the countdown, as the browser reports it. */
    void expire() {
        countdown.expired();
    }

    void close() {
        countdown.getElement().executeJs("clearInterval(this.__countdown)");
        dialog.close();
    }

    /**
     * The seconds left, counted down in the browser. It reports zero itself: while the modal warning is open,
     * Vaadin ignores calls from components behind it.
     */
    static class Countdown extends Span {

        private final Runnable onZero;

        Countdown(Runnable onZero) {
            this.onZero = onZero;
        }

        @ClientCallable
        void expired() {
            onZero.run();
        }
    }
}
