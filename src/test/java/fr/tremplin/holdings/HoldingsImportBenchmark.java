package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.HOLDING;

import fr.tremplin.support.TremplinTest;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.Record;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The holdings import over 100,000 UNIMARC records (ISO 2709, one to three copies each, Koha's 995), on the embedded
 * MariaDB: a first import (all added), the same file again (all unchanged), and a full export with a tenth changed
 * and a hundredth dropped. Goal: under a minute. {@code ./mvnw -Pbench test -Dtest=HoldingsImportBenchmark}.
 */
@Tag("bench")
@TremplinTest
class HoldingsImportBenchmark {

    private static final int RECORDS = Integer.getInteger("bench.records", 100_000);
    private static final String[] LIBRARIES = {"LUN", "NPH", "LGW", "PAM", "MEM", "FRO"};
    private static final String[] WORDS = {"français", "grammaire", "code de la route", "concours", "emploi",
        "anglais", "informatique", "histoire", "roman", "cuisine", "jardin", "voyage", "santé", "musique"};

    @Autowired
    HoldingsImportService imports;
    @Autowired
    DSLContext dsl;
    @TempDir
    Path folder;
    private final List<Long> importIds = new ArrayList<>();

    private List<Long> demo = List.of();

    @AfterEach
    void cleanUp() {
        dsl.update(HOLDING).set(HOLDING.RETIRED_AT, (java.time.LocalDateTime) null).where(HOLDING.ID.in(demo))
                .execute();
        dsl.deleteFrom(HOLDING).where(HOLDING.RECORD_ID.like("bench-%")).execute();
        dsl.deleteFrom(fr.tremplin.core.db.jooq.Tables.HOLDINGS_IMPORT)
                .where(fr.tremplin.core.db.jooq.Tables.HOLDINGS_IMPORT.ID.in(importIds)).execute();
    }

    @Test
    void importsAHundredThousandRecords() throws Exception {
        demo = dsl.select(HOLDING.ID).from(HOLDING).where(HOLDING.RETIRED_AT.isNull()).fetch(HOLDING.ID);
        Path first = write("first.mrc", RECORDS, 0, 0);
        Path changed = write("changed.mrc", RECORDS, 10, 100);
        System.out.printf("%nHoldings import benchmark: %,d UNIMARC records, file of %,d bytes%n", RECORDS,
                Files.size(first));
        time("first import (all added)", first, false);
        time("same file again (all unchanged)", first, false);
        time("full export, 1/10 changed, 1/100 dropped", changed, true);
    }

    private void time(String what, Path file, boolean full) {
        long start = System.nanoTime();
        ImportReport report = imports.importFile(file, file.getFileName().toString(),
                new ImportRequest(ImportSource.FOLDER, null, full, null));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        importIds.add(report.id());
        System.out.printf("  %-45s %6.1f s  (read %,d, added %,d, updated %,d, unchanged %,d, retired %,d, rejected %,d)%n",
                what, took.toMillis() / 1000.0, report.read(), report.added(), report.updated(), report.unchanged(),
                report.retired(), report.rejected());
    }

    /** Records bench-0..n-1; every {@code changeEvery}-th has a copy on loan, every {@code dropEvery}-th is left out. */
    private Path write(String name, int count, int changeEvery, int dropEvery) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
            for (int i = 0; i < count; i++) {
                if (dropEvery > 0 && i % dropEvery == 1) {
                    continue;
                }
                Random random = new Random(i);
                String word = WORDS[random.nextInt(WORDS.length)];
                String library = LIBRARIES[random.nextInt(LIBRARIES.length)];
                String due = changeEvery > 0 && i % changeEvery == 0 ? "2026-12-24" : "";
                String[] copies = new String[1 + random.nextInt(3)];
                for (int c = 0; c < copies.length; c++) {
                    copies[c] = (c == 0 ? library : LIBRARIES[random.nextInt(LIBRARIES.length)]) + "|"
                            + (100 + random.nextInt(900)) + " ABC||" + (c == 0 ? due : "");
                }
                Record record = MarcTestFiles.unimarc("bench-" + i, "Livre " + i + " : " + word, "Auteur Nom" + i,
                        String.valueOf(100 + random.nextInt(900)), word, copies);
                writer.write(record);
            }
            writer.close();
        }
        return file;
    }
}
