package fr.tremplin.credential;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.SyncCounts;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the pools that kiosk-config/pools.yml names, in the transaction of the kiosk-config load. A pool that
 * exists is left as it is (staff own its settings from then on), and so is a branch that has its fair-use limit.
 * Demo credentials are generated only into a pool that holds none.
 */
@Service
public class PoolSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(PoolSeeding.class);
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final PoolDao pools;
    private final CredentialDao credentials;
    private final CredentialSealer sealer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PoolSeeding(PoolDao pools, CredentialDao credentials, CredentialSealer sealer, Clock clock) {
        this.pools = pools;
        this.credentials = credentials;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * @param limits fair-use limits per branch code
     * @return how many pools were created (as "added") and left alone (as "unchanged")
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SyncCounts seed(List<PoolDefinition> definitions, Map<String, Integer> limits) {
        int added = 0;
        int unchanged = 0;
        for (PoolDefinition definition : definitions) {
            PoolDao.OfferPool offer = pools.offer(definition.branchCode(), definition.resourceCode()).orElse(null);
            if (offer == null || offer.poolId() == null && offer.accessMode() != AccessMode.POOL_CODE
                    && offer.accessMode() != AccessMode.SHARED_ACCOUNT) {
                // The file says it offers this with a pool; the staff screens changed the offer since.
                LOG.warn("kiosk-config: no pool created for {} at {}: the offer, as edited by staff, hands out no "
                        + "credential", definition.resourceCode(), definition.branchCode());
                continue;
            }
            long poolId = Optional.ofNullable(offer.poolId()).orElseGet(() -> pools.create(offer.offerId(),
                    definition.settings()));
            if (offer.poolId() == null) {
                added++;
            } else {
                unchanged++;
            }
            if (definition.demoCredentials() > 0 && credentials.countRows(poolId) == 0) {
                credentials.insertAll(poolId, demo(poolId, definition));
            }
        }
        limits.forEach((branch, limit) -> {
            if (pools.perKioskPerHour(branch) == null && !pools.setPerKioskPerHour(branch, limit)) {
                throw new IllegalArgumentException("no branch " + branch);
            }
        });
        return new SyncCounts(added, 0, 0, unchanged);
    }

    private List<SealedCredential> demo(long poolId, PoolDefinition definition) {
        LocalDate until = LocalDate.now(clock).plusYears(1);
        String prefix = "DEMO-" + definition.resourceCode().replace("_", "").substring(0,
                Math.min(6, definition.resourceCode().replace("_", "").length()));
        List<SealedCredential> sealed = new ArrayList<>();
        for (int i = 1; i <= definition.demoCredentials(); i++) {
            String login = String.format("%s-%04d", prefix, i);
            String code = "DEMO-" + randomCode(4) + "-" + randomCode(4);
            CredentialLine line = new CredentialLine(i, login, code, null, until, "demo");
            sealed.add(sealer.seal(poolId, line));
        }
        return sealed;
    }

    private String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }
}
