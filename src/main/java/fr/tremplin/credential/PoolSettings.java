package fr.tremplin.credential;

/**
 * What staff set on a pool.
 *
 * @param loanDays for a reusable pool, how long each patron keeps a credential (1 to 366 days); null for single use
 * @param lowStockThreshold staff are warned when this many credentials or fewer are left
 * @param cardCheck whether a library card number is asked before handing one out
 */
public record PoolSettings(PoolPolicy policy, Integer loanDays, int lowStockThreshold, boolean cardCheck) {

    public static final PoolSettings DEFAULT = new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false);

    public PoolSettings {
        if (policy == PoolPolicy.REUSABLE_AFTER_EXPIRY && (loanDays == null || loanDays < 1 || loanDays > 366)) {
            throw new IllegalArgumentException("A reusable pool lends for 1 to 366 days, not " + loanDays);
        }
        if (policy == PoolPolicy.SINGLE_USE) {
            loanDays = null;
        }
        if (lowStockThreshold < 0 || lowStockThreshold > 100_000) {
            throw new IllegalArgumentException("The low-stock threshold is 0 to 100000, not " + lowStockThreshold);
        }
    }
}
