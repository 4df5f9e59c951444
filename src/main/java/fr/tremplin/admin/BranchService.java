package fr.tremplin.admin;

import fr.tremplin.core.db.jooq.tables.records.BranchRecord;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.SyncCounts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Branches and their settings: what kiosks and staff screens read, and the import from kiosk-config. */
@Service
public class BranchService {

    static final String BRANCH_CACHE = "branch";
    static final String BRANCHES_CACHE = "branches";

    private static final Logger log = LoggerFactory.getLogger(BranchService.class);

    private final BranchDao dao;
    private final Clock clock;

    BranchService(BranchDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /** The branch with this URL key, unless it is unknown or retired. */
    @Cacheable(BRANCH_CACHE)
    @Transactional(readOnly = true)
    public Optional<BranchSettings> findBranch(String code) {
        return dao.findActive(code);
    }

    @Cacheable(BRANCHES_CACHE)
    @Transactional(readOnly = true)
    public List<BranchSettings> activeBranches() {
        return dao.findActive();
    }

    /**
     * Makes the stored branches match {@code branches}: new ones are added, changed ones updated, missing ones
     * retired (never deleted: sessions and reports refer to them). Rows that already match are left untouched.
     * A branch a staff user edited in the admin screens is left as it is, with a warning in the log, until the file
     * says the same again; from then on the file owns it once more.
     */
    @Transactional
    public SyncCounts importBranches(List<BranchSettings> branches) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, BranchRecord> stored = dao.findAllByCode();
        Map<String, BranchSettings> storedSettings = dao.findAllSettingsByCode();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        Set<String> seen = new HashSet<>();
        for (BranchSettings branch : branches) {
            seen.add(branch.code());
            BranchRecord record = stored.get(branch.code());
            boolean same = record != null && record.getRetiredAt() == null
                    && branch.equals(storedSettings.get(branch.code()));
            if (record == null) {
                dao.insert(branch, now);
                inserted++;
            } else if (record.getStaffEditedAt() != null) {
                if (same) {
                    dao.clearStaffEdit(record);
                    unchanged++;
                } else {
                    log.warn("kiosk-config differs from branch '{}' as {} edited it on {}: the staff edit is kept",
                            branch.code(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                }
            } else if (!same) {
                dao.update(record, branch, now);
                updated++;
            } else {
                unchanged++;
            }
        }
        int retired = 0;
        for (BranchRecord record : stored.values()) {
            if (!seen.contains(record.getCode()) && record.getRetiredAt() == null) {
                if (record.getStaffEditedAt() != null) {
                    log.warn("Branch '{}' is missing from kiosk-config but {} edited it on {}: it is kept",
                            record.getCode(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                } else {
                    dao.retire(record, now);
                    retired++;
                }
            }
        }
        return new SyncCounts(inserted, updated, retired, unchanged, kept);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @CacheEvict(cacheNames = {BRANCH_CACHE, BRANCHES_CACHE}, allEntries = true)
    public void onConfigurationChanged(ConfigurationChanged event) {
        // Evicting is all there is to do.
    }
}
