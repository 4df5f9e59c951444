package fr.tremplin.holdings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one import did. A failed import ({@code done} false) changed nothing; {@code message} says why.
 *
 * @param rejections the rejected records, in file order (all of them for one import's report; none in the history)
 */
public record ImportReport(long id, String fileName, ImportSource source, MarcFormat format, boolean fullExport,
        boolean done, int read, int added, int updated, int unchanged, int retired, int rejected, String message,
        LocalDateTime startedAt, LocalDateTime finishedAt, List<Rejection> rejections) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }
}
