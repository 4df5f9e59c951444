package fr.tremplin.kiosk;

import fr.tremplin.core.i18n.Language;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous record of kiosk use: one patron session per person at a kiosk, with what they chose and did.
 * It holds codes, levels and times only; nothing a patron types, nothing about the device or the network.
 */
@Service
public class PatronSessionService {

    private final PatronSessionDao dao;
    private final Clock clock;

    PatronSessionService(PatronSessionDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /**
     * Starts a session when a patron picks a language.
     *
     * @param kioskId the registered kiosk, or null for an unregistered browser
     */
    @Transactional
    public PatronSessionId start(String branchCode, Long kioskId, Language language) {
        PatronSessionId id = PatronSessionId.random();
        if (!dao.insert(id, branchCode, kioskId, language, now())) {
            throw new IllegalArgumentException("No branch " + branchCode);
        }
        return id;
    }

    /** Records the patron's choices so far (the audience follows from the need). */
    @Transactional
    public void update(PatronSessionId id, PatronProfile profile, LevelSource levelSource) {
        dao.update(id, profile, levelSource);
    }

    @Transactional
    public void record(PatronSessionId id, SessionEvent event, String resourceCode) {
        if (event == SessionEvent.SATISFACTION) {
            throw new IllegalArgumentException("Record a satisfaction with its score");
        }
        dao.insertEvent(id, event, resourceCode, null, now());
    }

    /** @param score 1 (unhappy) to 3 (happy) */
    @Transactional
    public void recordSatisfaction(PatronSessionId id, int score) {
        if (score < 1 || score > 3) {
            throw new IllegalArgumentException("A satisfaction is 1, 2 or 3, not " + score);
        }
        dao.insertEvent(id, SessionEvent.SATISFACTION, null, score, now());
    }

    /** Ends the session; ending it again does nothing. */
    @Transactional
    public void end(PatronSessionId id, EndReason reason) {
        dao.end(id, reason, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
