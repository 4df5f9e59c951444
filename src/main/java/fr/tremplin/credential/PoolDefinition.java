package fr.tremplin.credential;

/**
 * A pool as kiosk-config/pools.yml describes it.
 *
 * @param demoCredentials DEMO ONLY: how many obviously fake credentials ({@code DEMO-…}) to generate into the pool
 *     while it holds none; 0 for a real pool, filled by staff imports
 */
public record PoolDefinition(String branchCode, String resourceCode, PoolSettings settings, int demoCredentials) {
}
