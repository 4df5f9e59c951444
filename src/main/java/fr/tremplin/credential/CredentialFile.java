package fr.tremplin.credential;

import fr.tremplin.credential.CredentialFileException.Problem;
import fr.tremplin.credential.RejectedLine.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a credential file as publishers and spreadsheets write them: UTF-8 (with or without BOM) or Latin-1
 * (Windows-1252), {@code ;} or {@code ,} between fields, a header row naming the columns in English or French.
 * Columns: login, code or password, valid from, valid until, note; at least a login, a code or a password.
 * Every line is checked on its own: the good ones are returned, the others with their line number and reason.
 */
final class CredentialFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SECRET_LENGTH = 200;
    static final int MAX_NOTE_LENGTH = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** The columns a file may have, with the header names each answers to (lower case, without accents). */
    enum Column {
        LOGIN("login", "identifiant", "utilisateur", "user", "username", "nom d'utilisateur"),
        CODE("code", "code d'acces", "access code", "licence", "license"),
        PASSWORD("password", "mot de passe", "motdepasse", "mdp"),
        VALID_FROM("valid from", "valid_from", "validfrom", "from", "debut", "date de debut", "valable du",
                "valable a partir du"),
        VALID_UNTIL("valid until", "valid_until", "validuntil", "until", "expires", "expiry", "fin",
                "date de fin", "valable jusqu'au", "expiration"),
        NOTE("note", "notes", "remarque", "commentaire", "comment");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        String label() {
            return names.get(0);
        }
    }

    /** The lines of a file: those that can be added and those that cannot. */
    record Reading(List<CredentialLine> accepted, List<RejectedLine> rejected) {
    }

    private final Map<Column, Integer> columns;
    private final int headerSize;
    private final LocalDate today;
    private final Map<String, Integer> firstLineOfIdentity = new HashMap<>();

    private CredentialFile(Map<Column, Integer> columns, int headerSize, LocalDate today) {
        this.columns = columns;
        this.headerSize = headerSize;
        this.today = today;
    }

    /**
     * @param today lines valid until before this day are rejected
     * @throws CredentialFileException when the file as a whole cannot be read
     */
    static Reading read(byte[] content, LocalDate today) {
        if (content.length > MAX_BYTES) {
            throw new CredentialFileException(Problem.TOO_LARGE, String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new CredentialFileException(Problem.EMPTY);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<RejectedLine> rejected = new ArrayList<>();
        List<CredentialLine> accepted = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            CredentialFile file = null;
            LineNumbers lines = new LineNumbers(text);
            for (CSVRecord record : parser) {
                int line = lines.at(firstCharacter(text, record.getCharacterPosition()));
                if (file == null) {
                    file = header(record, today);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                file.line(record, line, accepted, rejected);
            }
            if (file == null) {
                throw new CredentialFileException(Problem.EMPTY);
            }
        } catch (UncheckedIOException e) {
            throw new CredentialFileException(Problem.UNREADABLE, "?", readerMessage(e));
        } catch (IOException e) {
            throw new CredentialFileException(Problem.UNREADABLE, "?", readerMessage(e));
        }
        return new Reading(accepted, rejected);
    }

    private static CredentialFile header(CSVRecord record, LocalDate today) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            String written = record.get(i);
            String name = plain(written);
            if (name.isEmpty()) {
                continue;
            }
            Column column = column(name);
            if (column == null) {
                throw new CredentialFileException(Problem.UNKNOWN_COLUMN, written, String.valueOf(i + 1));
            }
            if (columns.put(column, i) != null) {
                throw new CredentialFileException(Problem.DUPLICATE_COLUMN, written);
            }
        }
        if (columns.containsKey(Column.CODE) && columns.containsKey(Column.PASSWORD)) {
            throw new CredentialFileException(Problem.CODE_AND_PASSWORD);
        }
        if (!columns.containsKey(Column.LOGIN) && !columns.containsKey(Column.CODE)
                && !columns.containsKey(Column.PASSWORD)) {
            throw new CredentialFileException(Problem.NO_CREDENTIAL_COLUMN);
        }
        return new CredentialFile(columns, record.size(), today);
    }

    private void line(CSVRecord record, int line, List<CredentialLine> accepted, List<RejectedLine> rejected) {
        if (record.size() > headerSize && !trailingEmpty(record)) {
            rejected.add(new RejectedLine(line, Reason.TOO_MANY_FIELDS, String.valueOf(record.size()),
                    String.valueOf(headerSize)));
            return;
        }
        try {
            String login = text(record, Column.LOGIN, MAX_SECRET_LENGTH, line);
            Column secretColumn = columns.containsKey(Column.CODE) ? Column.CODE : Column.PASSWORD;
            String secret = text(record, secretColumn, MAX_SECRET_LENGTH, line);
            require(login, Column.LOGIN, line);
            require(secret, secretColumn, line);
            LocalDate from = date(record, Column.VALID_FROM, line);
            LocalDate until = date(record, Column.VALID_UNTIL, line);
            if (from != null && until != null && until.isBefore(from)) {
                throw new Rejection(new RejectedLine(line, Reason.UNTIL_BEFORE_FROM, from.toString(),
                        until.toString()));
            }
            if (until != null && until.isBefore(today)) {
                throw new Rejection(new RejectedLine(line, Reason.ALREADY_EXPIRED, until.toString()));
            }
            String note = text(record, Column.NOTE, MAX_NOTE_LENGTH, line);
            CredentialLine accepted1 = new CredentialLine(line, login, secret, from, until, note);
            Integer earlier = firstLineOfIdentity.putIfAbsent(accepted1.identity(), line);
            if (earlier != null) {
                throw new Rejection(new RejectedLine(line, Reason.DUPLICATE_IN_FILE, String.valueOf(earlier)));
            }
            accepted.add(accepted1);
        } catch (Rejection rejection) {
            rejected.add(rejection.line);
        }
    }

    /** A field the file has a column for must be filled. */
    private void require(String value, Column column, int line) {
        if (value == null && columns.containsKey(column)) {
            throw new Rejection(new RejectedLine(line, Reason.MISSING_FIELD, column.label()));
        }
    }

    private String text(CSVRecord record, Column column, int max, int line) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size() || record.get(index).isEmpty()) {
            return null;
        }
        String value = record.get(index);
        if (column == Column.NOTE) {
            value = value.replaceAll("[\\r\\n\\t]+", " ");
        }
        if (value.length() > max) {
            throw new Rejection(new RejectedLine(line, Reason.TOO_LONG, column.label(), String.valueOf(max)));
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new Rejection(new RejectedLine(line, Reason.CONTROL_CHARACTER, column.label()));
        }
        return value;
    }

    private LocalDate date(CSVRecord record, Column column, int line) {
        String value = text(record, column, 40, line);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new Rejection(new RejectedLine(line, Reason.BAD_DATE, column.label(), value));
    }

    private static Column column(String name) {
        for (Column column : Column.values()) {
            if (column.names.contains(name)) {
                return column;
            }
        }
        return null;
    }

    /** Lower case, accents and surrounding spaces removed, inner spaces and underscores as one space. */
    private static String plain(String name) {
        String noAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s]+", " ").strip();
    }

    /** Where a record really starts: the parser's position is before the empty lines it skipped. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private boolean trailingEmpty(CSVRecord record) {
        for (int i = headerSize; i < record.size(); i++) {
            if (!record.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252 (a superset of Latin-1) otherwise. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The delimiter of the header line: {@code ;} when it has more of them than commas, else {@code ,}. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** What the CSV reader says, without the content of the line (which may hold a secret). */
    private static String readerMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int quote = message.indexOf('\'');
        return quote > 0 ? message.substring(0, quote).strip() : message;
    }

    /** The line (from 1) of a character position, counting the line breaks before it. */
    private static final class LineNumbers {

        private final int[] breaks;

        LineNumbers(String text) {
            breaks = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        int at(long position) {
            int index = java.util.Arrays.binarySearch(breaks, (int) position);
            return 1 + (index >= 0 ? index : -index - 1);
        }
    }

    /** Ends the checks of one line. */
    private static final class Rejection extends RuntimeException {

        private final RejectedLine line;

        Rejection(RejectedLine line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
