package fr.tremplin.kiosk;

import fr.tremplin.core.domain.SessionKeys;
import java.util.UUID;

/** The random id of one patron session: derived from nothing about the patron. */
public record PatronSessionId(UUID value) {

    static PatronSessionId random() {
        return new PatronSessionId(UUID.randomUUID());
    }

    byte[] bytes() {
        return SessionKeys.bytes(value);
    }
}
