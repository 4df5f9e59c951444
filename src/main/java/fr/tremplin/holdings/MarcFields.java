package fr.tremplin.holdings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/** Reading helpers over a marc4j record: first values, joined subfields, trimmed of ISBD punctuation. */
final class MarcFields {

    private MarcFields() {
    }

    static Optional<String> control(Record record, String tag) {
        VariableField field = record.getVariableField(tag);
        return field instanceof ControlField control ? present(control.getData()) : Optional.empty();
    }

    static List<DataField> data(Record record, String tag) {
        List<DataField> fields = new ArrayList<>();
        for (VariableField field : record.getVariableFields(tag)) {
            if (field instanceof DataField dataField) {
                fields.add(dataField);
            }
        }
        return fields;
    }

    /** The first non-empty $code among the fields of these tags, in the order given. */
    static Optional<String> first(Record record, char code, String... tags) {
        for (String tag : tags) {
            for (DataField field : data(record, tag)) {
                Optional<String> value = sub(field, code);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> sub(DataField field, char code) {
        if (code == ItemFields.NONE) {
            return Optional.empty();
        }
        Subfield subfield = field.getSubfield(code);
        return subfield == null ? Optional.empty() : present(clean(subfield.getData()));
    }

    /** The subfields of the given codes joined by a space, e.g. a surname and a forename. */
    static Optional<String> joined(DataField field, String codes, String separator) {
        List<String> parts = new ArrayList<>();
        for (Subfield subfield : field.getSubfields()) {
            if (codes.indexOf(subfield.getCode()) >= 0) {
                present(clean(subfield.getData())).ifPresent(parts::add);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, parts));
    }

    /** Drops the ISBD punctuation that catalogues leave at the end of a subfield (" /", " :", ",", "."). */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        while (!text.isEmpty() && "/:;,=".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.endsWith(".") && !text.endsWith("..") && text.length() > 2
                && !Character.isUpperCase(text.charAt(text.length() - 2))) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replaceAll("[\\x{0088}\\x{0089}\\x{0098}\\x{009C}]", "").strip();
    }

    static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The first four-digit year in a date statement: "c2019", "[2021]", "DL 2018". */
    static Integer year(String statement) {
        if (statement == null) {
            return null;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(1[5-9]|20)\\d\\d").matcher(statement);
        return matcher.find() ? Integer.valueOf(matcher.group()) : null;
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
