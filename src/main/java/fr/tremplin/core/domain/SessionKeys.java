package fr.tremplin.core.domain;

import java.nio.ByteBuffer;
import java.util.UUID;

/** The stored form (16 bytes) of a patron session's random id, for every feature that refers to a session. */
public final class SessionKeys {

    private SessionKeys() {
    }

    /** @return null for null */
    public static byte[] bytes(UUID id) {
        return id == null ? null : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    public static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
