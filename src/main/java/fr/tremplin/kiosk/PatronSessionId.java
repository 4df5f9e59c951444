package fr.tremplin.kiosk;

import java.nio.ByteBuffer;
import java.util.UUID;

/** The random id of one patron session: derived from nothing about the patron. */
public record PatronSessionId(UUID value) {

    static PatronSessionId random() {
        return new PatronSessionId(UUID.randomUUID());
    }

    byte[] bytes() {
        return ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array();
    }
}
