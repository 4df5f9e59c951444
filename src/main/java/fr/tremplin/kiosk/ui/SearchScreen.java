package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import java.util.List;
import java.util.function.Consumer;

/**
 * The search screen, for patrons who read: one box with suggestions as they type, then the results and the facets
 * to narrow them. Only the parts below the box are redrawn, so typing is never interrupted.
 */
class SearchScreen extends KioskScreen {

    private final Input box = new Input(ValueChangeMode.LAZY);
    private final Div suggestions = new Div();
    private final Div outcome = new Div();

    SearchScreen(String text, Consumer<String> onSearch, Consumer<String> onTyping) {
        super("search-screen");
        question(getTranslation("kiosk.search.question"));
        box.setId("search-box");
        box.setType("search");
        box.setValueChangeTimeout(250);
        box.setPlaceholder(getTranslation("kiosk.search.placeholder"));
        box.getElement().setAttribute("aria-label", getTranslation("kiosk.search.question"));
        box.getElement().setAttribute("autocomplete", "off");
        box.getElement().setAttribute("enterkeyhint", "search");
        box.setValue(text);
        box.addValueChangeListener(e -> onTyping.accept(e.getValue()));
        box.getElement().addEventListener("keydown", e -> onSearch.accept(box.getValue()))
                .setFilter("event.key === 'Enter'").synchronizeProperty("value");
        NativeButton submit = new NativeButton(getTranslation("kiosk.search.submit"), e -> onSearch.accept(box.getValue()));
        submit.setId("search-submit");
        submit.addClassName("pill");
        submit.addComponentAsFirst(Pictograms.icon("search"));
        Div form = new Div(box, submit);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        suggestions.setId("search-suggestions");
        suggestions.addClassName("search-suggestions");
        outcome.setId("search-outcome");
        getContent().add(form, suggestions, outcome);
    }

    String text() {
        return box.getValue();
    }

    void suggest(List<String> words, Consumer<String> onPick) {
        suggestions.removeAll();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            NativeButton suggestion = new NativeButton(word, e -> {
                box.setValue(word);
                onPick.accept(word);
            });
            suggestion.setId("search-suggestion-" + i);
            suggestion.addClassName("pill");
            suggestions.add(suggestion);
        }
    }

    /** Shows a search's outcome: a count or "nothing found", a "did you mean", the facets and the results. */
    void show(long total, String didYouMean, Consumer<String> onRetry, Div facets, List<SearchResultCard> cards) {
        suggestions.removeAll();
        outcome.removeAll();
        Paragraph count = ReadAloud.speak(new Paragraph(total == 0 ? getTranslation("kiosk.search.none")
                : getTranslation("kiosk.search.count", total)));
        count.setId(total == 0 ? "search-none" : "search-count");
        count.addClassName(total == 0 ? "notice" : "search-count");
        outcome.add(count);
        if (didYouMean != null) {
            NativeButton retry = new NativeButton(getTranslation("kiosk.search.did-you-mean", didYouMean), e -> {
                box.setValue(didYouMean);
                onRetry.accept(didYouMean);
            });
            retry.setId("search-did-you-mean");
            retry.addClassName("pill");
            outcome.add(retry);
        }
        Div results = new Div();
        results.setId("search-results");
        results.addClassName("cards");
        cards.forEach(results::add);
        Div layout = new Div(facets, results);
        layout.addClassName("search-layout");
        outcome.add(layout);
    }
}
