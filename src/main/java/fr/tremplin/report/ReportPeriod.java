package fr.tremplin.report;

import java.time.LocalDate;

/**
 * What a report covers: the sessions started from the first day to the last day included, at one branch or at every
 * branch the user sees.
 *
 * @param branchCode one branch, or null for all the branches the user sees
 */
public record ReportPeriod(LocalDate from, LocalDate to, String branchCode) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a day to the same day or later");
        }
    }
}
