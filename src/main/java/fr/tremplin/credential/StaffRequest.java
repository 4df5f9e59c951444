package fr.tremplin.credential;

import java.time.LocalDateTime;

/** An open request for a personal publisher account: a ticket number and a resource, nothing about the patron. */
public record StaffRequest(long id, String branchCode, String ticket, String resourceCode, String resourceTitle,
        LocalDateTime requestedAt) {
}
