package fr.tremplin.credential;

import java.util.List;

/** An import file that cannot be read at all (as opposed to single rejected lines); nothing is imported. */
public class CredentialFileException extends RuntimeException {

    private final Problem problem;
    private final List<String> details;

    CredentialFileException(Problem problem, String... details) {
        super(problem + " " + List.of(details));
        this.problem = problem;
        this.details = List.of(details);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }

    /** What is wrong with the file; each has a message in the staff bundles under {@code staff.credentials.file.*}. */
    public enum Problem {
        /** The file has no line. */
        EMPTY,
        /** {0}: the largest size in MB. */
        TOO_LARGE,
        /** {0}: the column name as written; {1}: its position in the header. */
        UNKNOWN_COLUMN,
        /** {0}: the column name. */
        DUPLICATE_COLUMN,
        /** No login, code or password column. */
        NO_CREDENTIAL_COLUMN,
        /** Both a code and a password column. */
        CODE_AND_PASSWORD,
        /** {0}: the line; {1}: what the CSV reader says (a quote left open...). */
        UNREADABLE;

        public String messageKey() {
            return "staff.credentials.file." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
