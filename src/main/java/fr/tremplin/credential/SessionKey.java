package fr.tremplin.credential;

import java.nio.ByteBuffer;
import java.util.UUID;

/** The stored form (16 bytes) of a patron session's random id. */
final class SessionKey {

    private SessionKey() {
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
