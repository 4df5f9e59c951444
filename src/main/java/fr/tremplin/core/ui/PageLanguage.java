package fr.tremplin.core.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import fr.tremplin.core.i18n.Language;

/** Switches a UI to a language: its locale, the document's lang attribute and its writing direction. */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }
}
