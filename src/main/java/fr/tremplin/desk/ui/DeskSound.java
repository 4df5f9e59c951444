package fr.tremplin.desk.ui;

import com.vaadin.flow.component.Component;

/**
 * The desk's ring: two short tones made in the browser (Web Audio, no sound file) and a page title that counts the
 * open calls, so a desk in a background tab is noticed too. Browsers let a page make sound only after a click on
 * it: the first click anywhere on the desk (or on "Test the sound") unlocks it.
 */
final class DeskSound {

    private DeskSound() {
    }

    static void install(Component view) {
        view.getElement().executeJs("""
                if (!window.tremplinDesk) {
                  const desk = window.tremplinDesk = {
                    rings: 0,
                    context: null,
                    unlock() {
                      try {
                        desk.context = desk.context || new AudioContext();
                        if (desk.context.state === 'suspended') { desk.context.resume(); }
                      } catch (e) { /* no audio on this PC */ }
                    },
                    tone(at, frequency) {
                      const ctx = desk.context;
                      const oscillator = ctx.createOscillator();
                      const gain = ctx.createGain();
                      oscillator.frequency.value = frequency;
                      gain.gain.setValueAtTime(0.0001, at);
                      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
                      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
                      oscillator.connect(gain).connect(ctx.destination);
                      oscillator.start(at);
                      oscillator.stop(at + 0.4);
                    },
                    ring() {
                      desk.rings++;
                      document.documentElement.dataset.deskRings = desk.rings;
                      if (!desk.context || desk.context.state !== 'running') { return; }
                      const now = desk.context.currentTime;
                      desk.tone(now, 880);
                      desk.tone(now + 0.45, 660);
                    }
                  };
                  document.addEventListener('pointerdown', () => desk.unlock(), { capture: true });
                  document.addEventListener('keydown', () => desk.unlock(), { capture: true });
                }""");
    }

    static void ring(Component view) {
        view.getElement().executeJs("window.tremplinDesk && window.tremplinDesk.ring()");
    }

    static void test(Component view) {
        view.getElement().executeJs("if (window.tremplinDesk) { window.tremplinDesk.unlock(); "
                + "setTimeout(() => window.tremplinDesk.ring(), 50); }");
    }

    static void title(Component view, String title, long openCalls) {
        view.getElement().executeJs("document.title = $0", openCalls == 0 ? title : "(" + openCalls + ") " + title);
    }
}
