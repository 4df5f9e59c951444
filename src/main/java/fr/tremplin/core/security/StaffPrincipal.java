package fr.tremplin.core.security;

import java.io.Serializable;

/**
 * Who signed in, as kept in the HTTP session. Deliberately small: role and branches are read fresh from the
 * database on every service call ({@link StaffAccess}), so a change of role, branches or a disabled account
 * applies at once.
 */
public record StaffPrincipal(long id, String username) implements Serializable {

    @Override
    public String toString() {
        return username;
    }
}
