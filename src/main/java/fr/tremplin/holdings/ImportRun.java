package fr.tremplin.holdings;

import fr.tremplin.holdings.HoldingsWriteDao.StoredHolding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import's work inside its transaction: records are compared with what is stored and written a chunk at a
 * time; the counts and rejections are kept for the report.
 */
final class ImportRun {

    private static final int CHUNK = 1_000;

    private final HoldingsWriteDao writer;
    private final HoldingTagging tagging;
    private final MarcRecordMapper mapper;
    private final Map<String, StoredHolding> stored;
    private final Map<String, String> branchByLibraryCode;
    private final Map<String, Long> needIds;
    private final LocalDateTime now;
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<HoldingRecord> pending = new ArrayList<>();
    private final Map<String, byte[]> hashes = new HashMap<>();
    private final Set<Long> toRetire = new HashSet<>();
    private final Set<String> libraryCodes = new HashSet<>();
    final List<Rejection> rejections = new ArrayList<>();
    int read;
    int added;
    int updated;
    int unchanged;

    ImportRun(HoldingsWriteDao writer, HoldingTagging tagging, MarcRecordMapper mapper,
            Map<String, String> branchByLibraryCode, LocalDateTime now) {
        this.writer = writer;
        this.tagging = tagging;
        this.mapper = mapper;
        this.stored = writer.stored();
        this.branchByLibraryCode = branchByLibraryCode;
        this.needIds = tagging.needIds();
        this.now = now;
    }

    void accept(MarcFile.Entry entry) {
        read++;
        if (entry.record() == null) {
            rejections.add(new Rejection(entry.position(), null, where(entry) + entry.problem()));
            return;
        }
        HoldingRecord record;
        try {
            record = mapper.map(entry.record());
        } catch (MarcRecordMapper.RecordRejected e) {
            rejections.add(new Rejection(entry.position(), e.recordId(), where(entry) + e.getMessage()));
            return;
        }
        Integer first = seen.putIfAbsent(record.recordId(), entry.position());
        if (first != null) {
            rejections.add(new Rejection(entry.position(), record.recordId(),
                    "the record id " + record.recordId() + " was already used by record " + first));
            return;
        }
        take(record);
    }

    private void take(HoldingRecord record) {
        StoredHolding before = stored.get(record.recordId());
        if (record.deleted()) {
            if (before != null && !before.retired()) {
                toRetire.add(before.id());
            }
            return;
        }
        byte[] hash = hash(record);
        if (before != null && !before.retired() && Arrays.equals(before.contentHash(), hash)) {
            unchanged++;
            return;
        }
        if (before == null) {
            added++;
        } else {
            updated++;
        }
        hashes.put(record.recordId(), hash);
        pending.add(record);
        record.copies().forEach(copy -> libraryCodes.add(copy.libraryCode()));
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Writes what is pending, then retires what the file dropped (a full export) or marked deleted. */
    int finish(boolean fullExport) {
        flush();
        if (fullExport) {
            stored.forEach((recordId, holding) -> {
                if (!holding.retired() && !seen.containsKey(recordId)) {
                    toRetire.add(holding.id());
                }
            });
        }
        writer.noteLibraryCodes(libraryCodes, branchByLibraryCode);
        return writer.retire(toRetire, now);
    }

    boolean tookAnyRecord() {
        return !seen.isEmpty();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Long> ids = writer.upsert(pending, hashes, now);
        Map<Long, List<HoldingCopy>> copies = new LinkedHashMap<>();
        Map<Long, HoldingRecord> ruled = new HashMap<>();
        for (HoldingRecord record : pending) {
            long id = ids.get(record.recordId());
            copies.put(id, record.copies());
            StoredHolding before = stored.get(record.recordId());
            if (before == null || !before.tagsByStaff()) {
                ruled.put(id, record);
            }
        }
        writer.replaceCopies(copies);
        tagging.tag(ruled, needIds, now);
        pending.clear();
        hashes.clear();
    }

    private static String where(MarcFile.Entry entry) {
        return entry.byteOffset() >= 0 ? "at byte " + entry.byteOffset() + ": " : "";
    }

    private static byte[] hash(HoldingRecord record) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(record.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
