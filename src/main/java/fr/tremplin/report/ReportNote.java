package fr.tremplin.report;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** A staff note of one branch for one month: the qualitative part of the report, without any patron's name. */
public record ReportNote(String branchCode, String branchName, YearMonth month, String body, String writtenBy,
        LocalDateTime writtenAt) {
}
