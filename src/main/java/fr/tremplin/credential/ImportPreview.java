package fr.tremplin.credential;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import file would do to a pool, shown before anything is written. Only a file without any rejected line
 * can be imported: a rejected file changes nothing. The lines to add stay on the server (never in a page), and
 * their logins are shown masked.
 *
 * @param toAdd how many credentials would be added
 * @param sample the first lines to add, masked
 */
public record ImportPreview(long poolId, String fileName, int toAdd, List<RejectedLine> rejected,
        List<SampleLine> sample, PendingImport pending) {

    public ImportPreview {
        rejected = List.copyOf(rejected);
        sample = List.copyOf(sample);
    }

    public boolean importable() {
        return rejected.isEmpty() && toAdd > 0;
    }

    /** A line to add as staff see it before importing: its login or code masked after two characters. */
    public record SampleLine(int lineNumber, String maskedIdentity, LocalDate validFrom, LocalDate validUntil,
            String note) {
    }

    /** The accepted lines, kept on the server until the import is confirmed. */
    public static final class PendingImport {

        private final List<CredentialLine> lines;

        PendingImport(List<CredentialLine> lines) {
            this.lines = List.copyOf(lines);
        }

        List<CredentialLine> lines() {
            return lines;
        }

        @Override
        public String toString() {
            return "PendingImport[" + lines.size() + " lines]";
        }
    }
}
