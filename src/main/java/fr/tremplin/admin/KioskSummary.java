package fr.tremplin.admin;

import java.time.LocalDateTime;

/** A registered kiosk as the kiosks screen lists it (times in UTC; revoked ones included). */
public record KioskSummary(long id, String branchCode, String label, LocalDateTime registeredAt,
        String registeredBy, LocalDateTime revokedAt, LocalDateTime lastSeenAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
