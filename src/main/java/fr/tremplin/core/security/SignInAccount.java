package fr.tremplin.core.security;

import java.time.LocalDateTime;

/** What a sign-in reads of an account. Never printed with its hash. */
record SignInAccount(long id, String username, StaffRole role, String passwordHash, int failedSignIns,
        LocalDateTime lockedUntil, boolean disabled, LocalDateTime passwordChangedAt) {

    boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "SignInAccount[" + id + ", " + username + "]";
    }
}
