package fr.tremplin.core.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/** The password rule of staff accounts, and generated passwords. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes. */
    public static final int MAX_BYTES = 72;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** @return the translation key of what is wrong with the password, if anything */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("staff.password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("staff.password.too-long");
        }
        if (password.isBlank()) {
            return Optional.of("staff.password.too-short");
        }
        return Optional.empty();
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
