package fr.tremplin.core.domain;

/** How a patron gets into a resource (DESIGN.md, access modes). */
public enum AccessMode {
    /** Reachable from library PCs without login (IP-authenticated). */
    ON_SITE_OPEN,
    /** One code or login from a pool bought by the library. */
    POOL_CODE,
    /** A library-wide login usable on site only; never printed. */
    SHARED_ACCOUNT,
    /** A personal account a librarian creates at the publisher. */
    STAFF_ACCOUNT,
    /** A free public resource. */
    FREE_ONLINE;

    public boolean needsCredential() {
        return this == POOL_CODE || this == SHARED_ACCOUNT || this == STAFF_ACCOUNT;
    }
}
