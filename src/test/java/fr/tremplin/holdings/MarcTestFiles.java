package fr.tremplin.holdings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlWriter;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/** MARC records and files made with marc4j for the tests: UNIMARC with Koha's 995, MARC21 with Koha's 952. */
final class MarcTestFiles {

    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    private MarcTestFiles() {
    }

    /** A UNIMARC record; each copy is "library|shelf mark|location|due date" (empty parts left out). */
    static Record unimarc(String id, String title, String author, String dewey, String subject, String... copies) {
        Record record = FACTORY.newRecord("00000nam  2200000   4500");
        record.addVariableField(FACTORY.newControlField("001", id));
        record.addVariableField(field("010", 'a', "978-2-01-000000-0"));
        record.addVariableField(field("101", 'a', "fre"));
        DataField title200 = field("200", 'a', title);
        title200.addSubfield(FACTORY.newSubfield('f', author));
        record.addVariableField(title200);
        DataField publication = field("210", 'c', "Hachette");
        publication.addSubfield(FACTORY.newSubfield('d', "DL 2021"));
        record.addVariableField(publication);
        if (subject != null) {
            record.addVariableField(field("606", 'a', subject));
        }
        if (dewey != null) {
            record.addVariableField(field("676", 'a', dewey));
        }
        DataField author700 = field("700", 'a', author.substring(author.indexOf(' ') + 1));
        author700.addSubfield(FACTORY.newSubfield('b', author.substring(0, author.indexOf(' '))));
        record.addVariableField(author700);
        for (String copy : copies) {
            record.addVariableField(item("995", copy, 'b', 'k', 'e', 'n'));
        }
        return record;
    }

    /** A MARC21 record with Koha's biblionumber in 999$c; copies as in {@link #unimarc}. */
    static Record marc21(String id, String title, String author, String dewey, String... copies) {
        Record record = FACTORY.newRecord("00000nam a2200000 a 4500");
        record.addVariableField(FACTORY.newControlField("001", "ocm" + id));
        record.addVariableField(FACTORY.newControlField("008", "210101s2020    fr            000 0 eng d"));
        record.addVariableField(field("020", 'a', "9780194738095"));
        record.addVariableField(field("100", 'a', author));
        DataField title245 = field("245", 'a', title + " /");
        title245.addSubfield(FACTORY.newSubfield('c', author + "."));
        record.addVariableField(title245);
        record.addVariableField(field("264", 'b', "Oxford University Press,"));
        record.addVariableField(field("082", 'a', dewey));
        for (String copy : copies) {
            record.addVariableField(item("952", copy, 'a', 'o', 'c', 'q'));
        }
        record.addVariableField(field("999", 'c', id));
        return record;
    }

    private static DataField field(String tag, char code, String value) {
        DataField field = FACTORY.newDataField(tag, ' ', ' ');
        field.addSubfield(FACTORY.newSubfield(code, value));
        return field;
    }

    private static DataField item(String tag, String copy, char library, char shelfMark, char location, char due) {
        String[] parts = copy.split("\\|", -1);
        DataField field = field(tag, library, parts[0]);
        char[] codes = {shelfMark, location, due};
        for (int i = 1; i < parts.length && i <= 3; i++) {
            if (!parts[i].isEmpty()) {
                field.addSubfield(FACTORY.newSubfield(codes[i - 1], parts[i]));
            }
        }
        return field;
    }

    static byte[] iso2709(List<Record> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcWriter writer = new MarcStreamWriter(out, "UTF-8");
        records.forEach(writer::write);
        writer.close();
        return out.toByteArray();
    }

    static byte[] marcXml(List<Record> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcWriter writer = new MarcXmlWriter(out, "UTF-8", true);
        records.forEach(writer::write);
        writer.close();
        return out.toByteArray();
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
