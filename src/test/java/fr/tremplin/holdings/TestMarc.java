package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDINGS_IMPORT;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jooq.DSLContext;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * UNIMARC files made in the test, and the removal of what importing them left. Record ids, file names and library
 * codes carry this test run's prefix, so cleaning up touches nothing else.
 */
public final class TestMarc {

    public static final String RECORD_PREFIX = "t-staffui-";
    public static final String CODE_PREFIX = "T-STAFFUI-";
    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    /** A fresh suffix for one test's record ids and library codes. */
    public static String nonce() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A UNIMARC book record (001 id, 200$a title) with one copy (995$b library code, $k shelf mark) per code. */
    public static Record book(String id, String title, String... libraryCodes) {
        Record record = FACTORY.newRecord("00000nam0 22000003  450 ");
        record.addVariableField(FACTORY.newControlField("001", id));
        DataField titleField = FACTORY.newDataField("200", '1', ' ');
        titleField.addSubfield(FACTORY.newSubfield('a', title));
        record.addVariableField(titleField);
        for (String code : libraryCodes) {
            DataField item = FACTORY.newDataField("995", ' ', ' ');
            item.addSubfield(FACTORY.newSubfield('b', code));
            item.addSubfield(FACTORY.newSubfield('k', "448 " + id));
            record.addVariableField(item);
        }
        return record;
    }

    /** A record the import must reject: it has an id but no title. */
    public static Record withoutTitle(String id) {
        Record record = FACTORY.newRecord("00000nam0 22000003  450 ");
        record.addVariableField(FACTORY.newControlField("001", id));
        return record;
    }

    public static byte[] iso2709(Record... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
        for (Record record : records) {
            writer.write(record);
        }
        writer.close();
        return out.toByteArray();
    }

    public static Path file(byte[] content) {
        try {
            Path file = Files.createTempFile("t-staffui-", ".mrc");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the test's records (with copies and tags), its imports (with rejections) and its library codes. */
    public static void cleanUp(DSLContext dsl) {
        dsl.deleteFrom(HOLDING).where(HOLDING.RECORD_ID.startsWith(RECORD_PREFIX)).execute();
        dsl.deleteFrom(HOLDINGS_IMPORT).where(HOLDINGS_IMPORT.FILE_NAME.startsWith(RECORD_PREFIX)).execute();
        dsl.deleteFrom(HOLDING_LIBRARY).where(HOLDING_LIBRARY.LIBRARY_CODE.startsWith(CODE_PREFIX)).execute();
    }

    private TestMarc() {
    }
}
