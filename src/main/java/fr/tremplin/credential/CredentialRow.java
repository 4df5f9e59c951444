package fr.tremplin.credential;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A credential as staff see it: never its login or secret. */
public record CredentialRow(long id, CredentialState state, LocalDate validFrom, LocalDate validUntil,
        LocalDateTime issuedAt, LocalDateTime lentUntil, LocalDateTime importedAt, String note) {

    /** Where a credential stands. */
    public enum CredentialState {
        AVAILABLE, ISSUED, EXPIRED, REVOKED
    }
}
