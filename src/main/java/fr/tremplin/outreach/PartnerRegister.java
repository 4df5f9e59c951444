package fr.tremplin.outreach;

import fr.tremplin.core.domain.SyncCounts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insertion partners who send people to the library, each known by the referral code of its slips. A patron
 * session that starts from an address carrying a partner's code counts for that partner; nothing about the patron
 * is kept.
 */
@Service
public class PartnerRegister {

    private final PartnerDao dao;
    private final Clock clock;

    PartnerRegister(PartnerDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /**
     * Makes the register what kiosk-config/partners.yml says, in the transaction of the kiosk-config load: new
     * partners are added, changed ones updated, those no longer in the file retired (their referrals stay counted).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SyncCounts importPartners(List<PartnerDefinition> partners) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, PartnerDefinition> stored = dao.active();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (PartnerDefinition partner : partners) {
            inFile.add(partner.code());
            PartnerDefinition before = stored.get(partner.code());
            if (partner.equals(before)) {
                unchanged++;
                continue;
            }
            dao.upsert(partner, now);
            if (before == null) {
                inserted++;
            } else {
                updated++;
            }
        }
        Set<String> gone = new HashSet<>(stored.keySet());
        gone.removeAll(inFile);
        return new SyncCounts(inserted, updated, dao.retire(gone, now), unchanged);
    }
}
