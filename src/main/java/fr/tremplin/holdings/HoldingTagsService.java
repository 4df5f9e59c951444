package fr.tremplin.holdings;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.holdings.HoldingTagsDao.RuledRecord;
import fr.tremplin.holdings.RecordTagsDao.StoredTags;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff corrections of the needs and levels the linking rules gave a record. A corrected record keeps its tags
 * through imports and rule changes until staff send it back to the rules.
 */
@Service
public class HoldingTagsService {

    private final RecordTagsDao records;
    private final HoldingTagsDao tags;
    private final HoldingTagging tagging;
    private final StaffAccess access;
    private final AuditLog audit;
    private final LiveSignals signals;
    private final Clock clock;

    HoldingTagsService(RecordTagsDao records, HoldingTagsDao tags, HoldingTagging tagging, StaffAccess access,
            AuditLog audit, LiveSignals signals, Clock clock) {
        this.records = records;
        this.tags = tags;
        this.tagging = tagging;
        this.access = access;
        this.audit = audit;
        this.signals = signals;
        this.clock = clock;
    }

    /** @throws InvalidInputException when no record has this id */
    @Transactional(readOnly = true)
    public RecordTags tags(String recordId) {
        access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN);
        return find(recordId).tags();
    }

    /** The needs a record may be tagged with. */
    @Transactional(readOnly = true)
    public List<NeedChoice> needs() {
        access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN);
        return records.needs();
    }

    /**
     * Sets the record's tags by hand. A department admin may correct any record, a branch admin those with a copy in
     * one of its branches (tags are shared by every branch, so a librarian only reads them).
     */
    @Transactional
    public RecordTags correct(String recordId, HoldingTags corrected) {
        StoredTags stored = requireCorrects(recordId);
        Map<String, Long> needIds = tags.needIds();
        Set<String> unknown = new HashSet<>(corrected.needs());
        unknown.removeAll(needIds.keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("needs", "staff.holdings.tags.unknown-need", String.join(", ", unknown));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tags.write(Map.of(stored.holdingId(), corrected), needIds, now);
        tags.markStaffTagged(stored.holdingId(), true, now);
        return changed("HOLDING_TAGS_CORRECTED", stored);
    }

    /** Hands the record back to the linking rules: they tag it now, and at every later import or rule change. */
    @Transactional
    public RecordTags backToRules(String recordId) {
        StoredTags stored = requireCorrects(recordId);
        RuledRecord record = tags.ruledRecord(recordId).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        tags.markStaffTagged(stored.holdingId(), false, now);
        tags.write(Map.of(stored.holdingId(), tagging.rules().tag(record.recordId(), record.classification(),
                record.title(), record.subjects())), tags.needIds(), now);
        return changed("HOLDING_TAGS_RULED", stored);
    }

    private RecordTags changed(String action, StoredTags before) {
        RecordTags after = find(before.tags().recordId()).tags();
        audit.record(action, "holding", after.recordId(), null, before.tags(), after);
        signals.publishAfterCommit(LiveTopics.HOLDINGS);
        return after;
    }

    private StoredTags requireCorrects(String recordId) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        StoredTags stored = find(recordId);
        if (!user.isDepartmentAdmin() && records.branchCodes(stored.holdingId()).stream().noneMatch(user::manages)) {
            throw new AccessDeniedException(user.username() + " may not change the tags of record " + recordId
                    + ": no copy of it is in one of its branches");
        }
        return stored;
    }

    private StoredTags find(String recordId) {
        return records.find(recordId)
                .orElseThrow(() -> new InvalidInputException("recordId", "staff.holdings.tags.unknown", recordId));
    }
}
