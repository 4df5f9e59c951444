package fr.tremplin.kiosk;

import fr.tremplin.core.domain.LanguageLevel;
import java.util.List;

/**
 * The quick level check: "I can…" statements from the easiest to the hardest, answered yes or no. It stops at
 * the first "no"; the number of "yes" before it places the patron between ALPHA and B2.
 */
public final class LevelCheck {

    /** The statements, by bundle key suffix, with the pictogram shown beside each. */
    public static final List<Statement> STATEMENTS = List.of(
            new Statement("read-words", "book"),
            new Statement("introduce", "user"),
            new Statement("everyday", "cart"),
            new Statement("conversation", "comments"),
            new Statement("opinion", "megaphone"),
            new Statement("news", "newspaper"));

    /** Level reached after 0, 1, 2… "yes" answers in a row. */
    private static final List<LanguageLevel> PLACEMENT = List.of(LanguageLevel.ALPHA, LanguageLevel.A1,
            LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B1, LanguageLevel.B2);

    private final int answeredYes;
    private final boolean finished;

    private LevelCheck(int answeredYes, boolean finished) {
        this.answeredYes = answeredYes;
        this.finished = finished;
    }

    public static LevelCheck start() {
        return new LevelCheck(0, false);
    }

    public LevelCheck answer(boolean yes) {
        if (finished) {
            throw new IllegalStateException("The level check is over");
        }
        int count = yes ? answeredYes + 1 : answeredYes;
        return new LevelCheck(count, !yes || count == STATEMENTS.size());
    }

    public boolean finished() {
        return finished;
    }

    /** The statement to ask now; only while not finished. */
    public Statement current() {
        return STATEMENTS.get(answeredYes);
    }

    /** 1-based number of the current statement, for "2 / 6". */
    public int position() {
        return answeredYes + 1;
    }

    public LanguageLevel level() {
        if (!finished) {
            throw new IllegalStateException("The level check is not over");
        }
        return PLACEMENT.get(answeredYes);
    }

    public record Statement(String key, String pictogram) {
    }
}
