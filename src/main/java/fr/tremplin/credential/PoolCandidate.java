package fr.tremplin.credential;

import fr.tremplin.core.domain.AccessMode;

/** An offer of a branch that hands out credentials (a code pool or a shared account) and has no pool yet. */
public record PoolCandidate(String resourceCode, String resourceTitle, AccessMode accessMode) {
}
