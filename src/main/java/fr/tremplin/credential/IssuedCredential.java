package fr.tremplin.credential;

import java.time.LocalDate;

/**
 * A credential handed to one patron, in clear, to be shown to them and forgotten with their session. Its text form
 * never shows the login or the secret, so it cannot end up in a log by accident.
 *
 * @param login null for a code-only credential
 * @param secret the code or password; null for a login-only credential
 * @param validUntil the last day the patron can use it (the end of the loan for a lent one), or null
 * @param printable false for a shared account: shown on screen only, never printed nor put in a QR code
 * @param loginLink the publisher's sign-in address with the login in it, for the QR code, where the pool has one
 */
public record IssuedCredential(String resourceCode, String login, String secret, LocalDate validFrom,
        LocalDate validUntil, boolean printable, String loginLink) {

    @Override
    public String toString() {
        return "IssuedCredential[" + resourceCode + ", valid " + validFrom + ".." + validUntil + "]";
    }
}
