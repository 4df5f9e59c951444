package fr.tremplin.credential;

import fr.tremplin.core.domain.AccessMode;

/**
 * The stock of one pool (one offer of a branch), for the staff screens.
 *
 * @param available credentials that can be handed out today
 * @param waiting credentials in the pool whose validity has not begun yet
 */
public record PoolStock(long poolId, String branchCode, String branchName, String resourceCode,
        String resourceTitle, AccessMode accessMode, PoolSettings settings, int available, int waiting, int issued,
        int expired, int revoked) {

    public boolean low() {
        return available <= settings.lowStockThreshold();
    }

    public boolean empty() {
        return available == 0;
    }
}
