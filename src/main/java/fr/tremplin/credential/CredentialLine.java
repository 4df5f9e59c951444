package fr.tremplin.credential;

import java.time.LocalDate;

/**
 * One accepted line of an import file. Holds secrets in clear only on its way to encryption; its text form never
 * shows them.
 *
 * @param login null for a code-only credential
 * @param secret the code or password; null for a login-only line
 */
record CredentialLine(int lineNumber, String login, String secret, LocalDate validFrom, LocalDate validUntil,
        String note) {

    /** What makes the credential unique in its pool: its login, or its code when it has no login. */
    String identity() {
        return login != null ? login : secret;
    }

    @Override
    public String toString() {
        return "CredentialLine[line " + lineNumber + ", valid " + validFrom + ".." + validUntil + "]";
    }
}
