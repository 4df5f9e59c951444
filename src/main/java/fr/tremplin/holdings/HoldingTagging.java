package fr.tremplin.holdings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Applies the linking rules of kiosk-config to records, and keeps the rules that apply now. Records whose tags staff
 * corrected are left alone.
 */
@Component
class HoldingTagging {

    private final HoldingTagsDao dao;
    private final Clock clock;
    private volatile HoldingRules rules = HoldingRules.NONE;

    HoldingTagging(HoldingTagsDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    HoldingRules rules() {
        return rules;
    }

    /** Takes these rules; when they differ from the ones last applied, tags every record again. */
    int useRules(HoldingRules newRules) {
        this.rules = newRules;
        byte[] fingerprint = newRules.fingerprint();
        if (dao.appliedFingerprint().filter(applied -> Arrays.equals(applied, fingerprint)).isPresent()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> needIds = dao.needIds();
        int[] tagged = {0};
        dao.forEachRuledRecord(2_000, batch -> {
            Map<Long, HoldingTags> tags = new HashMap<>();
            batch.forEach(r -> tags.put(r.id(), newRules.tag(r.recordId(), r.classification(), r.title(),
                    r.subjects())));
            dao.write(tags, needIds, now);
            tagged[0] += batch.size();
        });
        dao.saveFingerprint(fingerprint, now);
        return tagged[0];
    }

    /** The needs' ids by code, read once per import. */
    Map<String, Long> needIds() {
        return dao.needIds();
    }

    /** Tags freshly imported records (none of them corrected by staff). */
    void tag(Map<Long, HoldingRecord> records, Map<String, Long> needIds, LocalDateTime now) {
        Map<Long, HoldingTags> tags = new HashMap<>();
        records.forEach((id, r) -> tags.put(id, rules.tag(r.recordId(), r.classification(), r.title(),
                String.join("; ", r.subjects()))));
        dao.write(tags, needIds, now);
    }
}
