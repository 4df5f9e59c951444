package fr.tremplin.report;

import java.time.YearMonth;

/**
 * One count of one month at one branch: the unit both the raw rows and the monthly aggregates are read as, so a
 * month reads the same before and after its raw rows are rolled up.
 *
 * @param value the code or id counted ("" for not said)
 */
record Tally(YearMonth month, long branchId, Dimension dimension, String value, long count) {
}
