package fr.tremplin.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: five characters from an alphabet without look-alikes (no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V),
 * easy to read off a projected screen and to type on the kiosk's keys. Typing is forgiving: case, spaces and dashes
 * do not matter.
 */
public final class JoinCodes {

    public static final String ALPHABET = "ACEFHJKMNPRTWXY3479";
    public static final int LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the patron typed, as a code to look up; null when it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
