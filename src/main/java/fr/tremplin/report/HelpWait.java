package fr.tremplin.report;

/** How long a patron waited for a librarian who took their call: the buckets the report counts. */
enum HelpWait {
    UNDER_2_MIN, FROM_2_TO_5_MIN, OVER_5_MIN;

    static final int TWO_MINUTES = 120;
    static final int FIVE_MINUTES = 300;
}
