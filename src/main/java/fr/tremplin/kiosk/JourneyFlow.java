package fr.tremplin.kiosk;

/**
 * Which screen follows which choice in the patron journey, in one place and without any screen: the kiosk's
 * views only build what this decides.
 */
public final class JourneyFlow {

    /** The need whose level question is about another language than French, with no French level check. */
    static final String OTHER_LANGUAGES = "LANGUAGES";

    /** What a patron did on a screen. */
    public enum Choice {
        LANGUAGE, NEED, SUB_NEED, LEVEL_CHECK, LEVEL, CONSTRAINTS, RESOURCE, FINISH
    }

    private JourneyFlow() {
    }

    /**
     * @param needCode the need chosen so far (null before the need screen)
     * @param subNeedsOffered whether the branch offers sub-needs of that need (matters for {@link Choice#NEED})
     * @throws IllegalStateException for a choice that the screen does not offer
     */
    public static JourneyStep next(JourneyStep from, Choice choice, String needCode, boolean subNeedsOffered) {
        JourneyStep next = switch (choice) {
            case LANGUAGE -> from == JourneyStep.LANGUAGE ? JourneyStep.NEED : null;
            case NEED -> from != JourneyStep.NEED ? null : subNeedsOffered ? JourneyStep.SUB_NEED : JourneyStep.LEVEL;
            case SUB_NEED -> from == JourneyStep.SUB_NEED ? JourneyStep.LEVEL : null;
            case LEVEL_CHECK -> from == JourneyStep.LEVEL && levelCheckOffered(needCode) ? JourneyStep.LEVEL_CHECK
                    : null;
            case LEVEL -> from == JourneyStep.LEVEL || from == JourneyStep.LEVEL_CHECK ? JourneyStep.CONSTRAINTS
                    : null;
            case CONSTRAINTS -> from == JourneyStep.CONSTRAINTS ? JourneyStep.RESULTS : null;
            case RESOURCE -> from == JourneyStep.RESULTS ? JourneyStep.RESOURCE : null;
            case FINISH -> JourneyStep.END;
        };
        if (next == null) {
            throw new IllegalStateException("The " + from + " screen offers no " + choice + " choice");
        }
        return next;
    }

    /** Whether the level screen asks about French (otherwise about the language the patron wants to learn). */
    public static boolean levelIsAboutFrench(String needCode) {
        return !OTHER_LANGUAGES.equals(needCode);
    }

    /** The six-question check places a patron in French only. */
    public static boolean levelCheckOffered(String needCode) {
        return levelIsAboutFrench(needCode);
    }
}
