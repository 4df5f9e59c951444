package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.kiosk.LevelCheck;
import java.util.function.Consumer;

/**
 * The quick level check: one "I can…" statement at a time, with a picture, answered yes or no; then the level
 * found, explained. No timer.
 */
class LevelCheckScreen extends KioskScreen {

    private final Consumer<LanguageLevel> onResult;
    private final Div body = new Div();
    private LevelCheck check = LevelCheck.start();

    LevelCheckScreen(Consumer<LanguageLevel> onResult) {
        super("level-check-screen");
        this.onResult = onResult;
        question(getTranslation("kiosk.check.question"));
        body.addClassName("check-body");
        getContent().add(body);
        showStatement();
    }

    private void showStatement() {
        body.removeAll();
        LevelCheck.Statement statement = check.current();
        Span progress = new Span(getTranslation("kiosk.check.progress", check.position(),
                LevelCheck.STATEMENTS.size()));
        progress.setId("check-progress");
        Div picture = new Div(Pictograms.icon(statement.pictogram()));
        picture.addClassName("check-picture");
        Paragraph text = ReadAloud.speak(new Paragraph(getTranslation("kiosk.check." + statement.key())));
        text.setId("check-statement");
        text.addClassName("check-statement");
        Tile yes = new Tile("check-yes", "check", getTranslation("kiosk.check.yes"));
        Tile no = new Tile("check-no", "close", getTranslation("kiosk.check.no"));
        ReadAloud.speak(yes.label());
        ReadAloud.speak(no.label());
        yes.addClickListener(e -> answer(true));
        no.addClickListener(e -> answer(false));
        Div answers = new Div(yes, no);
        answers.addClassName("tiles");
        answers.addClassName("answer-tiles");
        body.add(progress, picture, text, answers);
    }

    private void answer(boolean yes) {
        check = check.answer(yes);
        if (check.finished()) {
            showResult(check.level());
        } else {
            showStatement();
        }
    }

    private void showResult(LanguageLevel level) {
        body.removeAll();
        Paragraph result = ReadAloud.speak(new Paragraph(getTranslation("kiosk.check.result")));
        result.add(new Span(" "), LevelScreen.levelName(level));
        result.setId("check-result");
        result.addClassName("check-statement");
        Paragraph meaning = ReadAloud.speak(new Paragraph(getTranslation("kiosk.level." + level)));
        meaning.setId("check-result-meaning");
        Tile next = new Tile("check-continue", "arrow-forward", getTranslation("kiosk.check.continue"));
        next.addClassName("main-action");
        next.addClickListener(e -> onResult.accept(level));
        body.add(result, meaning, next);
    }
}
