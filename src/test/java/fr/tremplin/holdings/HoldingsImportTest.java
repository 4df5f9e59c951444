package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.APP_NODE;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDINGS_IMPORT;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.holdings.MarcTestFiles.iso2709;
import static fr.tremplin.holdings.MarcTestFiles.marc21;
import static fr.tremplin.holdings.MarcTestFiles.marcXml;
import static fr.tremplin.holdings.MarcTestFiles.unimarc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import org.springframework.security.access.AccessDeniedException;
import fr.tremplin.support.TremplinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing MARC exports on the embedded MariaDB: by record id, all or nothing, bad records reported where they are. */
@TremplinTest
class HoldingsImportTest {

    private static final ImportRequest AUTO_PARTIAL = new ImportRequest(ImportSource.UPLOAD, null, false, null);

    @Autowired
    HoldingsImportService imports;
    @Autowired
    DSLContext dsl;
    @Autowired
    HoldingsFolderWatch folderWatch;
    @Autowired
    fr.tremplin.core.live.AppNode thisNode;
    @TempDir
    Path folder;
    private final List<Long> importIds = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        dsl.deleteFrom(HOLDING).where(HOLDING.RECORD_ID.like("t-imp-%")).execute();
        dsl.deleteFrom(HOLDINGS_IMPORT).where(HOLDINGS_IMPORT.ID.in(importIds)).execute();
        dsl.deleteFrom(HOLDING_LIBRARY).where(HOLDING_LIBRARY.LIBRARY_CODE.like("TIMP%")).execute();
    }

    @Test
    void aUnimarcExportIsImportedWithItsCopiesTagsAndLibraryCodes() {
        ImportReport report = run("export.mrc", iso2709(List.of(
                unimarc("t-imp-1", "Alter ego + 1 : méthode de français", "Annie Berthet", "448.24",
                        "Français langue étrangère", "LUN|448.2 BER|2e étage|", "LUN|448.2 BER|2e étage|2026-12-01"),
                unimarc("t-imp-2", "Le code de la route 2026", "Codes Rousseau", "343.0946", null, "TIMPX|343 COD||"))),
                AUTO_PARTIAL);

        assertThat(report.done()).isTrue();
        assertThat(report.format()).isEqualTo(MarcFormat.UNIMARC);
        assertThat(List.of(report.read(), report.added(), report.updated(), report.rejected())).containsExactly(2, 2, 0, 0);
        var alterEgo = dsl.selectFrom(HOLDING).where(HOLDING.RECORD_ID.eq("t-imp-1")).fetchSingle();
        assertThat(alterEgo.getTitle()).isEqualTo("Alter ego + 1 : méthode de français");
        assertThat(alterEgo.getAuthors()).isEqualTo("Berthet, Annie");
        assertThat(alterEgo.getLanguage()).isEqualTo("fr");
        assertThat(alterEgo.getPubYear()).isEqualTo(2021);
        assertThat(alterEgo.getClassification()).isEqualTo("448.24");
        assertThat(alterEgo.getLevelMin()).isEqualTo(LanguageLevel.A1);
        assertThat(alterEgo.getLevelMax()).isEqualTo(LanguageLevel.B1);
        assertThat(dsl.select(HOLDING_ITEM.LIBRARY_CODE, HOLDING_ITEM.SHELF_MARK, HOLDING_ITEM.LOCATION,
                        HOLDING_ITEM.STATUS).from(HOLDING_ITEM).where(HOLDING_ITEM.HOLDING_ID.eq(alterEgo.getId()))
                .orderBy(HOLDING_ITEM.POSITION).fetch().map(r -> tuple(r.value1(), r.value2(), r.value3(), r.value4())))
                .containsExactly(tuple("LUN", "448.2 BER", "2e étage", "AVAILABLE"),
                        tuple("LUN", "448.2 BER", "2e étage", "ON_LOAN"));
        assertThat(needsOf("t-imp-1")).containsExactly("FRENCH_EVERYDAY");
        assertThat(needsOf("t-imp-2")).containsExactlyInAnyOrder("DRIVING_LEARN", "DRIVING_MOCK_TEST");
        assertThat(dsl.select(HOLDING_LIBRARY.BRANCH_ID).from(HOLDING_LIBRARY)
                .where(HOLDING_LIBRARY.LIBRARY_CODE.eq("TIMPX")).fetchSingle().value1())
                .as("a code that matches no branch is noted, unmapped").isNull();
    }

    @Test
    void importingAgainChangesOnlyWhatChangedAndAFullExportRetiresWhatItDropped() {
        Record one = unimarc("t-imp-10", "Grammaire progressive du français", "Maïa Grégoire", "445", null, "LUN|445 GRE||");
        Record two = unimarc("t-imp-11", "Vocabulaire progressif du français", "Claire Miquel", "448.1", null, "LUN|448 MIQ||");
        Record three = unimarc("t-imp-12", "Réussir son entretien d'embauche", "Jean Dupont", "650.14", null, "LUN|650 DUP||");
        run("first.mrc", iso2709(List.of(one, two, three)), AUTO_PARTIAL);

        ImportReport again = run("again.mrc", iso2709(List.of(one, two, three)), AUTO_PARTIAL);
        assertThat(List.of(again.added(), again.updated(), again.unchanged(), again.retired()))
                .containsExactly(0, 0, 3, 0);

        Record twoOnLoan = unimarc("t-imp-11", "Vocabulaire progressif du français", "Claire Miquel", "448.1", null,
                "LUN|448 MIQ||2026-12-24");
        List<Long> others = otherLiveRecords();
        ImportReport full;
        try {
            full = run("full.mrc", iso2709(List.of(one, twoOnLoan)),
                    new ImportRequest(ImportSource.FOLDER, MarcFormat.UNIMARC, true, null));
        } finally {
            dsl.update(HOLDING).set(HOLDING.RETIRED_AT, (java.time.LocalDateTime) null)
                    .where(HOLDING.ID.in(others)).execute();
        }
        assertThat(List.of(full.added(), full.updated(), full.unchanged(), full.retired()))
                .containsExactly(0, 1, 1, others.size() + 1);
        assertThat(dsl.select(HOLDING.RETIRED_AT).from(HOLDING).where(HOLDING.RECORD_ID.eq("t-imp-12")).fetchSingle()
                .value1()).isNotNull();
        assertThat(dsl.select(HOLDING_ITEM.STATUS).from(HOLDING_ITEM).join(HOLDING)
                .on(HOLDING.ID.eq(HOLDING_ITEM.HOLDING_ID)).where(HOLDING.RECORD_ID.eq("t-imp-11")).fetch().map(r -> r.value1()))
                .containsExactly("ON_LOAN");

        ImportReport back = run("back.mrc", iso2709(List.of(three)), AUTO_PARTIAL);
        assertThat(back.updated()).as("a retired record comes back").isEqualTo(1);
        assertThat(dsl.select(HOLDING.RETIRED_AT).from(HOLDING).where(HOLDING.RECORD_ID.eq("t-imp-12")).fetchSingle()
                .value1()).isNull();
    }

    @Test
    void badRecordsAreReportedByPositionAndTheGoodOnesImported() {
        byte[] good = iso2709(List.of(unimarc("t-imp-20", "Le DELF A2 en 250 activités", "Marie Rainoldi", "448.0076",
                null, "LUN|448 RAI||")));
        byte[] noTitle = iso2709(List.of(withoutTitle(unimarc("t-imp-21", "x", "Anne Autre", null, null))));
        byte[] garbled = Arrays.copyOf(good, good.length);
        garbled[0] = 'x';
        garbled[12] = 'z';
        byte[] duplicate = good;
        byte[] truncated = Arrays.copyOf(good, 40);
        ImportReport report = run("mixed.mrc", concat(good, noTitle, garbled, duplicate, truncated), AUTO_PARTIAL);

        assertThat(report.done()).isTrue();
        assertThat(List.of(report.read(), report.added(), report.rejected())).containsExactly(5, 1, 4);
        assertThat(report.rejections()).extracting(Rejection::position).containsExactly(2, 3, 4, 5);
        assertThat(report.rejections().get(0).reason()).contains("no title (200$a)");
        assertThat(report.rejections().get(0).recordId()).isEqualTo("t-imp-21");
        assertThat(report.rejections().get(1).reason()).startsWith("at byte " + (good.length + noTitle.length));
        assertThat(report.rejections().get(2).reason()).contains("t-imp-20 was already used by record 1");
        assertThat(report.rejections().get(3).reason()).contains("ends in the middle of a record");
        assertThat(imports.report(report.id()).orElseThrow().rejections()).isEqualTo(report.rejections());
    }

    @Test
    void aMarc21MarcXmlExportIsToldApartAndReadWithKohaItemStatuses() {
        Record english = marc21("t-imp-30", "English file : elementary", "Christina Latham-Koenig", "428.24",
                "LUN|428 LAT|Langues|", "NPH|428 LAT||2026-12-10");
        ImportReport report = run("export.xml", marcXml(List.of(english)), AUTO_PARTIAL);

        assertThat(report.format()).isEqualTo(MarcFormat.MARC21);
        var row = dsl.selectFrom(HOLDING).where(HOLDING.RECORD_ID.eq("t-imp-30")).fetchSingle();
        assertThat(row.getTitle()).isEqualTo("English file : elementary");
        assertThat(row.getLanguage()).isEqualTo("en");
        assertThat(row.getPubYear()).isEqualTo(2020);
        assertThat(needsOf("t-imp-30")).containsExactly("LANGUAGES_ENGLISH");
        assertThat(dsl.select(HOLDING_ITEM.STATUS).from(HOLDING_ITEM).where(HOLDING_ITEM.HOLDING_ID.eq(row.getId()))
                .orderBy(HOLDING_ITEM.POSITION).fetch().map(r -> r.value1())).containsExactly("AVAILABLE", "ON_LOAN");
    }

    @Test
    void aFileThatIsNotMarcChangesNothingAndSaysWhy() {
        run("keep.mrc", iso2709(List.of(unimarc("t-imp-40", "Kept", "Anne Autre", null, null))), AUTO_PARTIAL);
        byte[] xml = marcXml(List.of(unimarc("t-imp-41", "Lost", "Anne Autre", null, null),
                unimarc("t-imp-42", "Lost too", "Anne Autre", null, null)));
        byte[] broken = Arrays.copyOf(xml, xml.length * 3 / 4);
        ImportReport report = run("broken.xml", broken, new ImportRequest(ImportSource.UPLOAD, null, true, null));

        assertThat(report.done()).isFalse();
        assertThat(report.message()).contains("not well-formed").contains("line");
        assertThat(dsl.fetchCount(HOLDING, HOLDING.RECORD_ID.eq("t-imp-41"))).isZero();
        assertThat(dsl.select(HOLDING.RETIRED_AT).from(HOLDING).where(HOLDING.RECORD_ID.eq("t-imp-40")).fetchSingle()
                .value1()).as("a failed full export retires nothing").isNull();
        assertThat(imports.history(5)).extracting(ImportReport::id).contains(report.id());

        ImportReport text = run("notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8), AUTO_PARTIAL);
        assertThat(text.done()).isFalse();
        assertThat(text.message()).contains("no record");
        ImportReport doctype = run("evil.xml", ("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"/>").getBytes(StandardCharsets.UTF_8), AUTO_PARTIAL);
        assertThat(doctype.message()).contains("DOCTYPE");
    }

    @Test
    void theWatchedFolderImportsSettledFilesOnceAndFilesThemByOutcome() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(folder.resolve("inbox"));
        Path export = MarcTestFiles.write(inbox, "nightly.mrc", iso2709(List.of(
                unimarc("t-imp-50", "Internet pour les nuls", "John Levine", "004.678", null, "LUN|004 LEV||"))));
        Path writing = MarcTestFiles.write(inbox, "still-writing.mrc", new byte[] {'0'});
        Path notes = MarcTestFiles.write(inbox, "readme.txt", new byte[] {'x'});
        java.nio.file.Files.setLastModifiedTime(export, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(HoldingsFolderWatch.SETTLE).minusSeconds(5)));
        java.nio.file.Files.setLastModifiedTime(notes, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600)));
        List<ImportReport> reports = pollKeepingTheOtherRecords(inbox);

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ImportSource.FOLDER);
            assertThat(r.fullExport()).as("a nightly export is the whole catalogue").isTrue();
            assertThat(r.added()).isEqualTo(1);
        });
        assertThat(java.nio.file.Files.list(inbox.resolve("done")).map(p -> p.getFileName().toString()).toList())
                .singleElement().satisfies(name -> assertThat(name).endsWith("-nightly.mrc"));
        assertThat(writing).as("a file still being written waits").exists();
        assertThat(notes).as("a file that is not MARC is left alone").exists();
        assertThat(folderWatch.poll(inbox)).isEmpty();
    }

    @Test
    void aFileClaimedByANodeThatDiedIsImportedAgainAndAFileOfALiveNodeIsLeftToIt() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(folder.resolve("inbox-after-a-death"));
        java.time.Instant settled = java.time.Instant.now().minus(HoldingsFolderWatch.SETTLE).minusSeconds(5);
        // A node last seen an hour ago claimed one export; this node is importing another one right now.
        long dead = 0x7e57_dead_0002L;
        dsl.deleteFrom(APP_NODE).where(APP_NODE.ID.eq(dead)).execute();
        dsl.insertInto(APP_NODE, APP_NODE.ID, APP_NODE.STARTED_AT, APP_NODE.SEEN_AT).values(dead,
                java.time.LocalDateTime.now().minusHours(2), java.time.LocalDateTime.now().minusHours(1)).execute();
        Path deadClaim = java.nio.file.Files.createDirectories(inbox.resolve(HoldingsFolderWatch.PROCESSING)
                .resolve(String.format("%012x", dead)));
        Path orphan = MarcTestFiles.write(deadClaim, "orphan.mrc", iso2709(List.of(
                unimarc("t-imp-55", "Le code de la route", "Anne Autre", "343.094", null, "LUN|343 COD||"))));
        Path liveClaim = java.nio.file.Files.createDirectories(inbox.resolve(HoldingsFolderWatch.PROCESSING)
                .resolve(thisNode.name()));
        Path underWay = MarcTestFiles.write(liveClaim, "under-way.mrc", new byte[] {'0'});
        java.nio.file.Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(settled));
        java.nio.file.Files.setLastModifiedTime(underWay, java.nio.file.attribute.FileTime.from(settled));
        List<ImportReport> reports;
        try {
            reports = pollKeepingTheOtherRecords(inbox);
        } finally {
            dsl.deleteFrom(APP_NODE).where(APP_NODE.ID.eq(dead)).execute();
        }

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.added()).isEqualTo(1));
        assertThat(java.nio.file.Files.list(inbox.resolve("done")).map(p -> p.getFileName().toString()).toList())
                .singleElement().satisfies(name -> assertThat(name).endsWith("-orphan.mrc"));
        assertThat(deadClaim).as("the dead node's claim is emptied").doesNotExist();
        assertThat(underWay).as("a living node's import is its own").exists();
    }

    /**
     * Polls the watched folder, whose imports are full exports: the records of the shared database that the test's
     * files do not hold are retired by them, and brought back after.
     */
    private List<ImportReport> pollKeepingTheOtherRecords(Path inbox) {
        List<Long> others = otherLiveRecords();
        List<ImportReport> reports;
        try {
            reports = folderWatch.poll(inbox);
        } finally {
            dsl.update(HOLDING).set(HOLDING.RETIRED_AT, (java.time.LocalDateTime) null)
                    .where(HOLDING.ID.in(others)).execute();
        }
        reports.forEach(r -> importIds.add(r.id()));
        return reports;
    }

    @Test
    void onlyADepartmentAdminUploads() {
        StaffFixtures staff = new StaffFixtures(dsl);
        try {
            Path file = MarcTestFiles.write(folder, "up.mrc", iso2709(List.of(
                    unimarc("t-imp-60", "Uploaded", "Anne Autre", null, null, "LUN|X||"))));
            StaffFixtures.signIn(staff.create("lib", StaffRole.LIBRARIAN, "luneville"));
            assertThatThrownBy(() -> imports.upload(file, "up.mrc", null, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(dsl.fetchCount(HOLDING, HOLDING.RECORD_ID.eq("t-imp-60"))).isZero();

            StaffFixtures.Staff admin = staff.create("dep", StaffRole.DEPARTMENT_ADMIN);
            StaffFixtures.signIn(admin);
            ImportReport report = imports.upload(file, "up.mrc", MarcFormat.UNIMARC, false);
            importIds.add(report.id());
            assertThat(report.added()).isEqualTo(1);
            assertThat(dsl.select(HOLDINGS_IMPORT.STAFF_USER_ID).from(HOLDINGS_IMPORT)
                    .where(HOLDINGS_IMPORT.ID.eq(report.id())).fetchSingle().value1()).isEqualTo(admin.id());
            dsl.deleteFrom(HOLDINGS_IMPORT).where(HOLDINGS_IMPORT.ID.eq(report.id())).execute();
        } finally {
            staff.cleanUp();
        }
    }

    private ImportReport run(String name, byte[] bytes, ImportRequest request) {
        ImportReport report = imports.importFile(MarcTestFiles.write(folder, name, bytes), name, request);
        importIds.add(report.id());
        return report;
    }

    private List<String> needsOf(String recordId) {
        return dsl.select(NEED.CODE).from(HOLDING_NEED).join(NEED).on(NEED.ID.eq(HOLDING_NEED.NEED_ID))
                .join(HOLDING).on(HOLDING.ID.eq(HOLDING_NEED.HOLDING_ID)).where(HOLDING.RECORD_ID.eq(recordId))
                .fetch(NEED.CODE);
    }

    /** The demo's records, which a full export of this test's records retires too (and the test brings back). */
    private List<Long> otherLiveRecords() {
        return dsl.select(HOLDING.ID).from(HOLDING).where(HOLDING.RETIRED_AT.isNull())
                .and(HOLDING.RECORD_ID.notLike("t-imp-%")).fetch(HOLDING.ID);
    }

    private static Record withoutTitle(Record record) {
        record.removeVariableField(record.getVariableField("200"));
        return record;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
