package fr.tremplin.core.domain;

/** CEFR levels, with ALPHA for people learning to read and write. Ordered from lowest to highest. */
public enum LanguageLevel {
    ALPHA, A1, A2, B1, B2, C1, C2;

    public boolean isWithin(LanguageLevel min, LanguageLevel max) {
        return compareTo(min) >= 0 && compareTo(max) <= 0;
    }

    /** Distance in levels from the range [min, max]; 0 when inside it. */
    public int distanceTo(LanguageLevel min, LanguageLevel max) {
        if (compareTo(min) < 0) {
            return min.ordinal() - ordinal();
        }
        return compareTo(max) > 0 ? ordinal() - max.ordinal() : 0;
    }
}
