package fr.tremplin.core.security;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Who signed in, as kept in the HTTP session. Deliberately small: role and branches are read fresh from the
 * database on every service call ({@link StaffAccess}), so a change of role, branches or a disabled account
 * applies at once.
 *
 * @param passwordChangedAt the account's {@code password_changed_at} when this session signed in (null if never
 *     changed). The database's own value, not a time of this node's clock: once it differs, the password was set
 *     anew on some node and the session is over (see {@link StaffSessions}).
 */
public record StaffPrincipal(long id, String username, LocalDateTime passwordChangedAt) implements Serializable {

    StaffPrincipal withPasswordChangedAt(LocalDateTime changedAt) {
        return new StaffPrincipal(id, username, changedAt);
    }

    @Override
    public String toString() {
        return username;
    }
}
