package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;

import fr.tremplin.core.db.jooq.enums.CredentialState;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;

/**
 * The demo pools as tests need them, whatever earlier runs on the same test database took: topped up with fresh
 * credentials, or emptied.
 */
public final class DemoPools {

    private DemoPools() {
    }

    /** Adds credentials {@code TEST-…} so that the pool has at least {@code count} available. */
    public static void topUp(ApplicationContext context, String branchCode, String resourceCode, int count) {
        DSLContext dsl = context.getBean(DSLContext.class);
        long poolId = poolId(context, branchCode, resourceCode);
        int available = dsl.fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(poolId)
                .and(CREDENTIAL.STATE.eq(CredentialState.AVAILABLE)));
        CredentialSealer sealer = context.getBean(CredentialSealer.class);
        List<SealedCredential> sealed = new ArrayList<>();
        for (int i = available; i < count; i++) {
            String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            sealed.add(sealer.seal(poolId, new CredentialLine(i, "TEST-" + run, "T0O1lI-" + run, null,
                    LocalDate.now(ZoneOffset.UTC).plusYears(1), "test")));
        }
        context.getBean(CredentialDao.class).insertAll(poolId, sealed);
    }

    /** Revokes every credential of the pool that could be handed out. */
    public static void empty(ApplicationContext context, String branchCode, String resourceCode) {
        long poolId = poolId(context, branchCode, resourceCode);
        context.getBean(DSLContext.class).update(CREDENTIAL).set(CREDENTIAL.STATE, CredentialState.REVOKED)
                .where(CREDENTIAL.POOL_ID.eq(poolId)).and(CREDENTIAL.STATE.eq(CredentialState.AVAILABLE)).execute();
    }

    private static long poolId(ApplicationContext context, String branchCode, String resourceCode) {
        Long poolId = context.getBean(PoolDao.class).offer(branchCode, resourceCode).orElseThrow().poolId();
        if (poolId == null) {
            throw new IllegalStateException("No demo pool for " + resourceCode + " at " + branchCode);
        }
        return poolId;
    }
}
