package fr.tremplin.holdings;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.util.function.Consumer;
import org.marc4j.MarcException;
import org.marc4j.MarcReader;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the records of a MARC file, ISO 2709 or MARCXML (told apart by their first byte), one at a time with their
 * position. An ISO 2709 record that cannot be read is reported and the next one read: records end with a terminator
 * byte, so one bad record does not hide the others. A MARCXML file that is not well-formed cannot be read past its
 * fault: that fails the whole file.
 */
final class MarcFile {

    private static final int RECORD_TERMINATOR = 0x1D;

    private MarcFile() {
    }

    /** One record read, or the reason it could not be (then {@code record} is null). */
    record Entry(int position, long byteOffset, Record record, String problem) {
    }

    static boolean isXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == 0xEF || b == 0xBB || b == 0xBF || (b >= 0 && Character.isWhitespace(b)));
            return b == '<';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the file can be read as a whole before any record is: a MARCXML file must be well-formed and declare no
     * DOCTYPE. Call it once, before {@link #read}.
     *
     * @throws MarcFileUnreadable when it cannot
     */
    static void check(Path file) {
        if (isXml(file)) {
            checkWellFormed(file);
        }
    }

    /**
     * Reads the records of a file that passed {@link #check} (a sink may stop the reading by throwing).
     *
     * @throws MarcFileUnreadable when the file as a whole cannot be read
     */
    static void read(Path file, Consumer<Entry> sink) {
        if (isXml(file)) {
            readXml(file, sink);
        } else {
            readIso2709(file, sink);
        }
    }

    private static void readIso2709(Path file, Consumer<Entry> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
            int position = 0;
            long offset = 0;
            long start = 0;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (record.size() == 0 && (b == '\n' || b == '\r')) {
                    start = offset;
                    continue;
                }
                record.write(b);
                if (b == RECORD_TERMINATOR) {
                    sink.accept(parse(++position, start, record.toByteArray()));
                    record.reset();
                    start = offset;
                }
            }
            if (record.size() > 0 && !record.toString(StandardCharsets.ISO_8859_1).isBlank()) {
                sink.accept(new Entry(++position, start, null,
                        "the file ends in the middle of a record (" + record.size() + " bytes without an end)"));
            }
        } catch (IOException e) {
            throw new MarcFileUnreadable("the file could not be read: " + e.getMessage(), e);
        }
    }

    private static Entry parse(int position, long offset, byte[] bytes) {
        try {
            MarcReader reader = new MarcStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            Record record = reader.next();
            return new Entry(position, offset, record, null);
        } catch (MarcException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Entry(position, offset, null, "unreadable ISO 2709 record: " + message(e));
        }
    }

    private static void readXml(Path file, Consumer<Entry> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            MarcReader reader = new MarcXmlReader(in);
            int position = 0;
            while (reader.hasNext()) {
                sink.accept(new Entry(++position, -1, reader.next(), null));
            }
        } catch (MarcException e) {
            throw new MarcFileUnreadable("the MARCXML file is not well-formed: " + message(e), e);
        } catch (IOException e) {
            throw new MarcFileUnreadable("the file could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the whole file is well-formed XML before reading records from it: marc4j's reader stops quietly at a
     * fault, which would import half a file. MARCXML needs no DOCTYPE, and one could pull in outside files (XXE): a
     * file declaring one is refused.
     */
    private static void checkWellFormed(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(in, new DefaultHandler());
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "the MARCXML file declares a DOCTYPE, which MARCXML never needs"
                    : "the MARCXML file is not well-formed: " + message(e);
            throw new MarcFileUnreadable(problem, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new MarcFileUnreadable("the MARCXML file could not be read: " + message(e), e);
        } catch (IOException e) {
            throw new MarcFileUnreadable("the file could not be read: " + e.getMessage(), e);
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException sax) {
            return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + sax.getMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The file cannot be read as MARC at all; nothing of it is imported. */
    static final class MarcFileUnreadable extends RuntimeException {
        MarcFileUnreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
