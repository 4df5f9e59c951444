package fr.tremplin.kiosk;

/** One reason why a resource suits a patron, shown in "why this fits you". */
public enum FitReason {
    /** It serves exactly the sub-need chosen. */
    NEED,
    /** Its level range holds the patron's level. */
    LEVEL,
    /** It can be used from home, as the patron wishes. */
    FROM_HOME,
    /** It works on the phone, as the patron wishes. */
    ON_PHONE,
    /** It works on a computer, as the patron wishes. */
    ON_COMPUTER,
    /** Its sittings are short, for a patron with little time. */
    SHORT_SESSIONS,
    /** It explains things in the patron's language. */
    IN_YOUR_LANGUAGE,
    /** It is here in the library, for a patron who wants to learn here. */
    HERE
}
