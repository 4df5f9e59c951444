package fr.tremplin.core.ui;

import com.vaadin.flow.component.Component;
import fr.tremplin.core.i18n.Language;

/**
 * Reads the current screen aloud with the browser's speech synthesis (Web Speech API). Text to read is marked
 * with the attribute {@code data-speak}; it is read in document order. Where the browser has no voice for the
 * language, nothing is offered.
 */
public final class ReadAloud {

    public static final String SPEAK = "data-speak";

    private ReadAloud() {
    }

    /** Marks a component's text as part of what is read aloud. */
    public static <C extends Component> C speak(C component) {
        component.getElement().setAttribute(SPEAK, true);
        return component;
    }

    /** Asks the browser whether it has a voice for {@code language}; the answer goes to {@code callback}. */
    public static void checkVoice(Component owner, Language language, String callback) {
        owner.getElement().executeJs("""
                const owner = this, lang = $0, callback = $1;
                const synth = window.speechSynthesis;
                const answer = () => {
                  const voices = synth ? synth.getVoices() : [];
                  owner.$server[callback](voices.some(v => (v.lang || '').toLowerCase().split(/[-_]/)[0] === lang));
                };
                if (!synth) { answer(); return; }
                if (synth.getVoices().length) { answer(); } else {
                  synth.addEventListener('voiceschanged', answer, { once: true });
                  setTimeout(answer, 1500);
                }""", speechLanguage(language), callback);
    }

    /** Reads every {@code data-speak} text inside {@code scope}, after stopping anything being read. */
    public static void read(Component scope, Language language) {
        scope.getElement().executeJs("""
                const synth = window.speechSynthesis;
                if (!synth) { return; }
                synth.cancel();
                const lang = $0;
                const voice = synth.getVoices().find(v => (v.lang || '').toLowerCase().split(/[-_]/)[0] === lang);
                for (const el of this.querySelectorAll('[data-speak]')) {
                  const text = el.innerText.trim();
                  if (!text) { continue; }
                  const utterance = new SpeechSynthesisUtterance(text);
                  utterance.lang = voice ? voice.lang : lang;
                  if (voice) { utterance.voice = voice; }
                  synth.speak(utterance);
                }""", speechLanguage(language));
    }

    public static void stop(Component scope) {
        scope.getElement().executeJs("window.speechSynthesis && window.speechSynthesis.cancel()");
    }

    /** Voices name Dari by its macrolanguage, Persian. */
    static String speechLanguage(Language language) {
        return language == Language.PRS ? "fa" : language.code();
    }
}
