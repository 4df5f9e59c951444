package fr.tremplin.workshop;

import java.nio.ByteBuffer;
import java.util.UUID;

/** A patron session's random id as the database keeps it. */
final class SessionBytes {

    private SessionBytes() {
    }

    static byte[] of(UUID id) {
        return id == null ? null : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
