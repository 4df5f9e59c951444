package fr.tremplin.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets of a credential (login, code or password) with AES-256-GCM, and computes the keyed digests
 * that let the database check uniqueness and library cards without holding anything in clear.
 *
 * <p>A ciphertext is {@code version (1 byte) | key id (4) | nonce (12) | ciphertext and tag}. The pool id and the
 * column are bound in as associated data, so a ciphertext copied to another row or column does not open. Messages
 * of the exceptions never hold the plain text.
 */
final class CredentialCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + 4 + NONCE_BYTES;

    private final CredentialKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey loginDigestKey;
    private final SecretKey cardDigestKey;

    CredentialCipher(CredentialKeys keys) {
        this.keys = keys;
        this.loginDigestKey = derive(keys.current(), "tremplin credential login digest v1");
        this.cardDigestKey = derive(keys.current(), "tremplin library card digest v1");
    }

    /** What a secret is, bound to its ciphertext so that it cannot be moved elsewhere. */
    enum Column {
        LOGIN, SECRET
    }

    byte[] encrypt(String plain, long poolId, Column column) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(poolId, column));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(HEADER_BYTES + sealed.length).put(VERSION).putInt(keys.currentId())
                    .put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName());
        }
    }

    /** @throws CredentialKeyException when the key is not configured or the ciphertext does not open with it */
    String decrypt(byte[] sealed, long poolId, Column column) {
        if (sealed.length <= HEADER_BYTES || sealed[0] != VERSION) {
            throw new CredentialKeyException("a stored credential is not in a known format");
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed);
        buffer.get();
        int keyId = buffer.getInt();
        SecretKey key = keys.byId(keyId);
        if (key == null) {
            throw new CredentialKeyException("a stored credential was encrypted with a key that is not configured "
                    + "(key id " + Integer.toHexString(keyId) + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1 + 4, NONCE_BYTES));
            cipher.updateAAD(aad(poolId, column));
            byte[] plain = cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new CredentialKeyException("a stored credential does not open with its key ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** How every ciphertext under the current key starts: the format version and the key id. */
    byte[] currentHeader() {
        return ByteBuffer.allocate(1 + 4).put(VERSION).putInt(keys.currentId()).array();
    }

    /** Whether the ciphertext is under an older key than the current one. */
    boolean needsReencryption(byte[] sealed) {
        return sealed.length > HEADER_BYTES && ByteBuffer.wrap(sealed, 1, 4).getInt() != keys.currentId();
    }

    /** The keyed digest of a login within its pool: equal logins give equal digests, and nothing else is learnt. */
    byte[] loginDigest(String login) {
        return hmac(loginDigestKey, login.strip());
    }

    /** The keyed digest of a library card number (spaces and dashes ignored, letters in capitals). */
    byte[] cardDigest(String cardNumber) {
        return hmac(cardDigestKey, cardNumber.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
    }

    private static byte[] aad(long poolId, Column column) {
        return ("pool:" + poolId + ":" + column.name()).getBytes(StandardCharsets.US_ASCII);
    }

    private static SecretKey derive(SecretKey master, String purpose) {
        return new SecretKeySpec(hmac(master, purpose), "HmacSHA256");
    }

    private static byte[] hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed: " + e.getClass().getSimpleName());
        }
    }
}
