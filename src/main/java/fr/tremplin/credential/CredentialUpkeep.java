package fr.tremplin.credential;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the pools true over time: lent credentials of reusable pools come back when their loan ends, credentials
 * past their validity are retired, and library-card hashes are dropped as soon as what they limit has ended.
 * Each step is one short statement, safe to run on every node at once.
 */
@Component
public class CredentialUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialUpkeep.class);

    private final CredentialDao credentials;
    private final Clock clock;

    CredentialUpkeep(CredentialDao credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** What one run did. */
    public record Report(int returned, int expired, int cardsForgotten) {
    }

    @Scheduled(fixedDelayString = "${tremplin.credentials.reclaim-every:10m}", initialDelayString = "1m")
    public void scheduled() {
        Report report = run();
        if (report.returned() + report.expired() > 0) {
            LOG.info("Credential pools: {} lent credentials back, {} expired, {} card hashes dropped",
                    report.returned(), report.expired(), report.cardsForgotten());
        }
    }

    @Transactional
    public Report run() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int expired = credentials.expire(today);
        int returned = credentials.returnLent(now, today);
        int forgotten = credentials.forgetCards(now);
        return new Report(returned, expired, forgotten);
    }
}
