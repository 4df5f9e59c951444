package fr.tremplin.kiosk;

import fr.tremplin.core.i18n.Language;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * The anonymous record of kiosk use: one patron session per person at a kiosk, with what they chose and did.
 * It holds codes, levels and times only; nothing a patron types, nothing about the device or the network.
 *
 * <p>Each record is taken at once (its time included) and written behind the patron's back by the
 * {@link PatronLogWriter}, so a tap on the kiosk never waits for the database; {@link #flush()} waits for the
 * writes queued so far.
 */
@Service
public class PatronSessionService {

    private final PatronSessionDao dao;
    private final PatronLogWriter writer;
    private final Clock clock;

    PatronSessionService(PatronSessionDao dao, PatronLogWriter writer, Clock clock) {
        this.dao = dao;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Starts a session when a patron picks a language.
     *
     * @param kioskId the registered kiosk, or null for an unregistered browser
     */
    public PatronSessionId start(String branchCode, Long kioskId, Language language) {
        return start(branchCode, kioskId, language, false, null);
    }

    /**
     * Starts a session, possibly from an address that opened the journey part-way (a printed QR code).
     *
     * @param fromLink whether the session began from such an address
     * @param referral the referral code it carried: counted for the partner of the branch (or of the department)
     *     with that code, ignored when there is none
     */
    public PatronSessionId start(String branchCode, Long kioskId, Language language, boolean fromLink,
            String referral) {
        PatronSessionId id = PatronSessionId.random();
        LocalDateTime at = now();
        writer.write("start of session " + id + " at " + branchCode, () -> {
            if (!dao.insert(id, branchCode, kioskId, language, at, fromLink, referral)) {
                throw new IllegalArgumentException("No branch " + branchCode);
            }
        });
        return id;
    }

    /** Records the patron's choices so far (the audience follows from the need). */
    public void update(PatronSessionId id, PatronProfile profile, LevelSource levelSource) {
        writer.write("choices of session " + id, () -> dao.update(id, profile, levelSource));
    }

    public void record(PatronSessionId id, SessionEvent event, String resourceCode) {
        if (event == SessionEvent.SATISFACTION) {
            throw new IllegalArgumentException("Record a satisfaction with its score");
        }
        LocalDateTime at = now();
        writer.write(event + " of session " + id, () -> dao.insertEvent(id, event, resourceCode, null, at));
    }

    /** @param score 1 (unhappy) to 3 (happy) */
    public void recordSatisfaction(PatronSessionId id, int score) {
        if (score < 1 || score > 3) {
            throw new IllegalArgumentException("A satisfaction is 1, 2 or 3, not " + score);
        }
        LocalDateTime at = now();
        writer.write("satisfaction of session " + id,
                () -> dao.insertEvent(id, SessionEvent.SATISFACTION, null, score, at));
    }

    /** Ends the session; ending it again does nothing. */
    public void end(PatronSessionId id, EndReason reason) {
        LocalDateTime at = now();
        writer.write("end of session " + id, () -> dao.end(id, reason, at));
    }

    /**
     * Makes sure the session's row is in the database before something else refers to it (a credential, a
     * request): waits for the writes queued so far, then checks.
     *
     * @throws IllegalStateException when the row could not be written (the database is out of reach)
     */
    public void ensureStored(PatronSessionId id) {
        writer.flush(java.time.Duration.ofSeconds(5));
        if (!dao.exists(id)) {
            throw new IllegalStateException("Session " + id + " is not stored yet");
        }
    }

    /** Waits until every record taken so far is in the database. */
    public void flush() {
        writer.flush();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
