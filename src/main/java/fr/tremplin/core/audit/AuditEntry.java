package fr.tremplin.core.audit;

import java.time.LocalDateTime;

/**
 * One staff change as the audit log shows it. {@code before} and {@code after} are JSON, never with a secret.
 *
 * @param at UTC
 * @param branchCode the branch the change concerns, null for department-wide data
 */
public record AuditEntry(long id, LocalDateTime at, String username, String action, String entityType,
        String entityKey, String branchCode, String before, String after) {
}
