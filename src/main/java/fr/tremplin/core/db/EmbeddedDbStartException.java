package fr.tremplin.core.db;

/**
 * An expected reason why the embedded MariaDB cannot start (folder in use, folder under java.io.tmpdir, MariaDB's own
 * refusal), told in one line with what to do: {@link EmbeddedDbFailureAnalyzer} prints it instead of a stack trace.
 * Never carries a password.
 */
public class EmbeddedDbStartException extends RuntimeException {

    private final String action;

    public EmbeddedDbStartException(String reason, String action) {
        super(reason);
        this.action = action;
    }

    /** What the operator can do about it, in one or two sentences. */
    public String action() {
        return action;
    }
}
