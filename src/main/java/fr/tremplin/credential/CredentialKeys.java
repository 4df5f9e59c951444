package fr.tremplin.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of the secrets at rest: the current one (configured, or generated once into the data folder) and the
 * previous ones of a rotation. Each key is known by a 4-byte id (the start of its SHA-256), written in front of
 * every ciphertext, so a secret says which key opens it. The key material itself is never logged.
 */
final class CredentialKeys {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialKeys.class);
    static final int KEY_BYTES = 32;

    private final int currentId;
    private final Map<Integer, SecretKey> keys;

    private CredentialKeys(SecretKey current, List<SecretKey> previous) {
        Map<Integer, SecretKey> all = new LinkedHashMap<>();
        currentId = id(current);
        all.put(currentId, current);
        previous.forEach(k -> all.putIfAbsent(id(k), k));
        keys = Map.copyOf(all);
    }

    static CredentialKeys of(byte[] current, List<byte[]> previous) {
        return new CredentialKeys(aes(current, "the current key"),
                previous.stream().map(k -> aes(k, "a previous key")).toList());
    }

    /** From configuration, or from (or into) the key file. */
    static CredentialKeys load(CredentialProperties properties) {
        List<byte[]> previous = properties.previousKeys().stream()
                .map(k -> decode(k, "tremplin.credentials.previous-keys")).toList();
        if (properties.key() != null && !properties.key().isBlank()) {
            return of(decode(properties.key(), "tremplin.credentials.key (TREMPLIN_CREDENTIALS_KEY)"), previous);
        }
        return of(fromFile(properties.keyFile()), previous);
    }

    int currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** @return the key of this id, or null when it is not configured (lost, or removed too early) */
    SecretKey byId(int id) {
        return keys.get(id);
    }

    Set<Integer> ids() {
        return keys.keySet();
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            LOG.warn("No credentials key was configured: a new one was generated into {} (readable by this user "
                    + "only). Back it up with the database: without it the credential pools cannot be read. "
                    + "See README, \"Credential keys\".", file.toAbsolutePath().normalize());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credentials key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64 (expected 32 random bytes, e.g. from "
                    + "`openssl rand -base64 32`)");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(where + " holds " + key.length + " bytes; an AES-256 key is 32 bytes "
                    + "(`openssl rand -base64 32`)");
        }
        return key;
    }

    private static SecretKey aes(byte[] key, String what) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be 32 bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static int id(SecretKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
