package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** "What is your level?": a tile per level with what a person can do at it, or a quick check. */
class LevelScreen extends KioskScreen {

    static final List<LanguageLevel> LEVELS = List.of(LanguageLevel.ALPHA, LanguageLevel.A1, LanguageLevel.A2,
            LanguageLevel.B1, LanguageLevel.B2, LanguageLevel.C1);
    private static final Map<LanguageLevel, String> PICTOGRAMS = Map.of(LanguageLevel.ALPHA, "pencil",
            LanguageLevel.A1, "comment-o", LanguageLevel.A2, "comment", LanguageLevel.B1, "comments-o",
            LanguageLevel.B2, "comments", LanguageLevel.C1, "academy-cap");

    LevelScreen(boolean aboutFrench, boolean offerCheck, Consumer<LanguageLevel> onChoice, Runnable onCheck) {
        super("level-screen");
        question(getTranslation(aboutFrench ? "kiosk.level.question" : "kiosk.level.question.other"));
        Div tiles = tiles();
        tiles.addClassName("level-tiles");
        for (LanguageLevel level : LEVELS) {
            Tile tile = new Tile("level-" + level.name(), PICTOGRAMS.get(level), getTranslation("kiosk.level." + level));
            tile.addClassName("level-tile");
            tile.addComponentAsFirst(levelName(level));
            ReadAloud.speak(tile.label());
            tile.addClickListener(e -> onChoice.accept(level));
            tiles.add(tile);
        }
        if (offerCheck) {
            Tile check = new Tile("level-check", "question-circle-o", getTranslation("kiosk.level.check"));
            check.addClassName("level-tile");
            ReadAloud.speak(check.label());
            check.addClickListener(e -> onCheck.run());
            tiles.add(check);
        }
    }

    /** The level's code, kept left to right inside right-to-left text. */
    static Span levelName(LanguageLevel level) {
        Span name = new Span(level == LanguageLevel.ALPHA ? "Alpha" : level.name());
        name.addClassName("level-name");
        name.getElement().setAttribute("dir", "ltr");
        return name;
    }
}
