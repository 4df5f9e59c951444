package fr.tremplin.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the report.
 *
 * @param retentionMonths how long raw patron sessions and events are kept: a month whose every day is older than this
 *     is rolled up into its monthly aggregate and its raw rows deleted (default 25)
 * @param rollUpCron when the roll-up job runs (Spring cron; "-" turns it off); every node may run it
 */
@ConfigurationProperties("tremplin.report")
public record ReportProperties(Integer retentionMonths, String rollUpCron) {

    public static final int DEFAULT_RETENTION_MONTHS = 25;

    public ReportProperties {
        retentionMonths = retentionMonths == null ? DEFAULT_RETENTION_MONTHS : retentionMonths;
        if (retentionMonths < 1) {
            throw new IllegalArgumentException("tremplin.report.retention-months must be at least 1, not "
                    + retentionMonths);
        }
    }
}
