package fr.tremplin.report;

/**
 * What one count of a month counts, as stored in {@code monthly_aggregate.dimension}. The value beside it is a code or
 * an id ("" for not said), never a label: labels are looked up when the report is shown.
 */
enum Dimension {
    /** Sessions started (value ""). */
    SESSIONS,
    AUDIENCE,
    /** By need id. */
    NEED,
    /** By sub-need id ("" when the patron chose none). */
    SUB_NEED,
    /** By registered kiosk id ("" for a browser that is not a registered kiosk: a phone, a home PC). */
    KIOSK,
    /** By screen language code. */
    LANGUAGE,
    LEVEL,
    LEVEL_SOURCE,
    ENTRY,
    /** By referring partner id. */
    PARTNER,
    /** Sessions that opened a resource (value: resource id). */
    OPENED,
    /** Sessions that took access to a resource (value: resource id). */
    TAKEN,
    /** Credentials handed out (value: resource id), by the month they were handed out. */
    ISSUED,
    /** Help calls made (value ""), by the month they were made. */
    HELP_CALLS,
    /** Help calls a librarian took or closed (value ""). */
    HELP_ANSWERED,
    /** Answers to "Did Tremplin help you?" (value: the face, 1 to 3). */
    SATISFACTION,
    /** Help calls a librarian took, by how long the patron waited (value: a {@link HelpWait}). */
    HELP_WAIT,
    /** Workshops opened to the kiosks (value ""), by the month they were opened. */
    WORKSHOPS,
    /** Workshop seats taken (value: the audience the patron gave, "" for none), by the month they were taken. */
    WORKSHOP_SEATS
}
