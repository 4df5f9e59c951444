package fr.tremplin.admin;

/** A kiosk PC recognised by its token: patron sessions on it count for this branch and kiosk. */
public record RegisteredKiosk(long id, String branchCode, String label) {
}
