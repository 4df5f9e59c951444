package fr.tremplin.credential;

/** How a pool hands out its credentials. */
public enum PoolPolicy {
    /** Each credential goes to one patron, once. */
    SINGLE_USE,
    /** Each credential is lent for the pool's loan days (a day pass, a 30-day licence), then comes back. */
    REUSABLE_AFTER_EXPIRY
}
