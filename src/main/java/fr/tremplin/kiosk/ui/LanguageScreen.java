package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import java.util.List;
import java.util.function.Consumer;

/**
 * The first screen: one tile per language of the branch, each named in its own script. The question is asked in
 * every one of those languages, since nobody has chosen one yet.
 */
class LanguageScreen extends KioskScreen {

    LanguageScreen(List<Language> languages, Consumer<Language> onChoice) {
        super("language-screen");
        H1 question = question("");
        question.addClassName("multilingual-question");
        // Read aloud in the kiosk's first language only: one voice cannot read them all.
        question.getElement().removeAttribute(ReadAloud.SPEAK);
        for (Language language : languages) {
            Span line = new Span(TranslationProvider.bundle(language).getString("kiosk.language.question"));
            if (language == languages.get(0)) {
                ReadAloud.speak(line);
            }
            line.getElement().setAttribute("lang", language.code());
            line.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            question.add(line);
        }
        Div tiles = tiles();
        tiles.addClassName("language-tiles");
        for (Language language : languages) {
            Tile tile = new Tile("lang-" + language.code(), null, language.nativeName());
            tile.getElement().setAttribute("lang", language.code());
            tile.label().getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            tile.addClickListener(e -> onChoice.accept(language));
            tiles.add(tile);
        }
    }
}
