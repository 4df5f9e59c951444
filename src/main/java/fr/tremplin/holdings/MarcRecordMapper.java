package fr.tremplin.holdings;

import static fr.tremplin.holdings.MarcFields.control;
import static fr.tremplin.holdings.MarcFields.data;
import static fr.tremplin.holdings.MarcFields.first;
import static fr.tremplin.holdings.MarcFields.joined;
import static fr.tremplin.holdings.MarcFields.sub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * Maps a MARC record to what Tremplin keeps of it, in UNIMARC or MARC21. The record id is the library system's: 001
 * (Koha UNIMARC also keeps it in 090$a), or Koha MARC21's biblionumber in 999$c before 001.
 */
final class MarcRecordMapper {

    private final MarcFormat format;
    private final ItemFields itemFields;

    MarcRecordMapper(MarcFormat format, ItemFields itemFields) {
        this.format = format;
        this.itemFields = itemFields;
    }

    /** @throws RecordRejected saying which field is missing */
    HoldingRecord map(Record record) {
        return format == MarcFormat.UNIMARC ? unimarc(record) : marc21(record);
    }

    private HoldingRecord unimarc(Record record) {
        String id = control(record, "001").or(() -> first(record, 'a', "090"))
                .orElseThrow(() -> new RecordRejected(null, "no record id (001 or 090$a)"));
        DataField titleField = data(record, "200").stream().findFirst()
                .orElseThrow(() -> new RecordRejected(id, "no title (200$a)"));
        String title = titleWith(joined(titleField, "a", ". "), sub(titleField, 'e'))
                .orElseThrow(() -> new RecordRejected(id, "no title (200$a)"));
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("700", "701", "702", "710", "711", "712")) {
            data(record, tag).forEach(field -> joined(field, "ab", ", ").ifPresent(authors::add));
        }
        if (authors.isEmpty()) {
            sub(titleField, 'f').ifPresent(authors::add);
        }
        String publisher = first(record, 'c', "210", "214").orElse(null);
        Integer year = MarcFields.year(first(record, 'd', "210", "214").orElse(null));
        List<String> subjects = subjects(record, "ayxz", "600", "601", "602", "604", "605", "606", "607", "610");
        String classification = first(record, 'a', "676", "686").orElse(null);
        return new HoldingRecord(id, format, title, distinct(authors), publisher, year,
                first(record, 'a', "010").orElse(null), IsoLanguages.twoLetter(first(record, 'a', "101").orElse(null)),
                subjects, classification, deleted(record), copies(record));
    }

    private HoldingRecord marc21(Record record) {
        String id = first(record, 'c', "999").or(() -> control(record, "001"))
                .orElseThrow(() -> new RecordRejected(null, "no record id (999$c or 001)"));
        DataField titleField = data(record, "245").stream().findFirst()
                .orElseThrow(() -> new RecordRejected(id, "no title (245$a)"));
        String title = titleWith(sub(titleField, 'a'), sub(titleField, 'b'))
                .orElseThrow(() -> new RecordRejected(id, "no title (245$a)"));
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("100", "110", "111", "700", "710", "711")) {
            data(record, tag).forEach(field -> sub(field, 'a').ifPresent(authors::add));
        }
        String publisher = first(record, 'b', "264", "260").orElse(null);
        Integer year = MarcFields.year(first(record, 'c', "264", "260").orElse(null));
        Optional<String> fixed = control(record, "008");
        if (year == null && fixed.isPresent() && fixed.get().length() >= 11) {
            year = MarcFields.year(fixed.get().substring(7, 11));
        }
        String language = fixed.filter(data -> data.length() >= 38).map(data -> data.substring(35, 38))
                .filter(code -> !code.isBlank() && !code.contains("|"))
                .or(() -> first(record, 'a', "041")).orElse(null);
        List<String> subjects = subjects(record, "axyzv", "600", "610", "611", "630", "650", "651", "655");
        String classification = first(record, 'a', "082", "084", "050").orElse(null);
        return new HoldingRecord(id, format, title, distinct(authors), publisher, year,
                first(record, 'a', "020").orElse(null), IsoLanguages.twoLetter(language), subjects, classification,
                deleted(record), copies(record));
    }

    private static Optional<String> titleWith(Optional<String> title, Optional<String> subtitle) {
        return title.map(main -> subtitle.map(rest -> main + " : " + rest).orElse(main));
    }

    private static List<String> subjects(Record record, String codes, String... tags) {
        Set<String> subjects = new LinkedHashSet<>();
        for (String tag : tags) {
            data(record, tag).forEach(field -> joined(field, codes, " -- ").ifPresent(subjects::add));
        }
        return List.copyOf(subjects);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static boolean deleted(Record record) {
        return record.getLeader() != null && record.getLeader().getRecordStatus() == 'd';
    }

    private List<HoldingCopy> copies(Record record) {
        List<HoldingCopy> copies = new ArrayList<>();
        for (DataField field : data(record, itemFields.tag())) {
            Optional<String> library = sub(field, itemFields.library()).or(() -> sub(field, itemFields.altLibrary()));
            if (library.isEmpty()) {
                continue;
            }
            copies.add(new HoldingCopy(library.get(), sub(field, itemFields.location()).orElse(null),
                    sub(field, itemFields.shelfMark()).orElse(null), status(field)));
        }
        return copies;
    }

    private CopyStatus status(DataField field) {
        if (flagged(field, itemFields.withdrawn())) {
            return CopyStatus.WITHDRAWN;
        }
        if (flagged(field, itemFields.lost())) {
            return CopyStatus.LOST;
        }
        if (flagged(field, itemFields.notForLoan())) {
            return CopyStatus.NOT_FOR_LOAN;
        }
        return sub(field, itemFields.dueDate()).isPresent() ? CopyStatus.ON_LOAN : CopyStatus.AVAILABLE;
    }

    /** Koha writes these statuses as numbers, 0 for "no". */
    private static boolean flagged(DataField field, char code) {
        return sub(field, code).filter(value -> !value.equals("0")).isPresent();
    }

    /** A record that cannot be kept, and why, in words an operator can act on. */
    static final class RecordRejected extends RuntimeException {

        private final String recordId;

        RecordRejected(String recordId, String reason) {
            super(reason, null, false, false);
            this.recordId = recordId;
        }

        String recordId() {
            return recordId;
        }
    }
}
