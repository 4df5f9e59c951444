package fr.tremplin.kiosk;

/** The screens of the patron journey, in their usual order. */
public enum JourneyStep {
    LANGUAGE, NEED, SUB_NEED, LEVEL, LEVEL_CHECK, CONSTRAINTS, RESULTS, RESOURCE, END
}
