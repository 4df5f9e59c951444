package fr.tremplin.core.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per account for the lookup and the throttle. The database compares usernames without regard to
 * case (and equates some other look-alikes), so the throttle must not count "Admin" apart from "admin".
 */
final class Usernames {

    /** What every username is made of (fr.tremplin.admin.StaffAccountForm enforces it at creation). */
    private static final Pattern POSSIBLE = Pattern.compile("[a-z0-9._-]{1,80}");

    private Usernames() {
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether an account of that (normalized) name can exist: other spellings are not even looked up. */
    static boolean mayExist(String normalized) {
        return POSSIBLE.matcher(normalized).matches();
    }
}
