package fr.tremplin.credential;

import java.util.List;

/**
 * A line of an import file that cannot be added, with its line number and why. The details never hold a secret:
 * a field name, a date as written, or the number of an earlier line.
 *
 * @param lineNumber the line in the file (the header is line 1)
 * @param reason what is wrong
 * @param details the words the reason's message needs, in order
 */
public record RejectedLine(int lineNumber, Reason reason, List<String> details) {

    public RejectedLine {
        details = List.copyOf(details);
    }

    RejectedLine(int lineNumber, Reason reason, String... details) {
        this(lineNumber, reason, List.of(details));
    }

    /** Why a line is rejected; each has a message in the staff bundles under {@code staff.credentials.reject.*}. */
    public enum Reason {
        /** {0}: the field (login, code, password). */
        MISSING_FIELD,
        /** {0}: the field; {1}: the value as written. */
        BAD_DATE,
        /** {0}: valid from; {1}: valid until. */
        UNTIL_BEFORE_FROM,
        /** {0}: valid until. */
        ALREADY_EXPIRED,
        /** {0}: the earlier line with the same login (or code). */
        DUPLICATE_IN_FILE,
        /** The pool already holds this login (or code). */
        ALREADY_IN_POOL,
        /** {0}: the field; {1}: the longest allowed. */
        TOO_LONG,
        /** {0}: the field. */
        CONTROL_CHARACTER,
        /** {0}: fields on the line; {1}: columns of the header. */
        TOO_MANY_FIELDS;

        public String messageKey() {
            return "staff.credentials.reject." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
