package fr.tremplin.admin;

import java.time.LocalDateTime;

/**
 * A branch as the branches screen edits it.
 *
 * @param version what the screen read, sent back on save so that a concurrent edit is detected
 * @param staffEditedAt when a staff user last edited it (null while kiosk-config alone defines it)
 */
public record EditableBranch(BranchSettings settings, int version, LocalDateTime staffEditedAt,
        String staffEditedBy) {
}
