package fr.tremplin.holdings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Tells UNIMARC from MARC21 by the first records of a file that say which they are. */
final class FormatSniffer {

    private static final int SAMPLE = 20;

    private FormatSniffer() {
    }

    static MarcFormat sniff(Path file) {
        Map<MarcFormat, Integer> votes = new EnumMap<>(MarcFormat.class);
        try {
            MarcFile.read(file, entry -> {
                MarcFormat guess = entry.record() == null ? null : MarcFormat.guess(entry.record());
                if (guess != null) {
                    votes.merge(guess, 1, Integer::sum);
                }
                if (votes.values().stream().mapToInt(Integer::intValue).sum() >= SAMPLE) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the sample is large enough
        }
        if (votes.isEmpty()) {
            throw new HoldingsImportService.ImportRefused(
                    "no record has a title field (200 in UNIMARC, 245 in MARC21): choose the format, or check the file");
        }
        return votes.getOrDefault(MarcFormat.UNIMARC, 0) >= votes.getOrDefault(MarcFormat.MARC21, 0)
                ? MarcFormat.UNIMARC : MarcFormat.MARC21;
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
