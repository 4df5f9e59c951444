package fr.tremplin.kiosk;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Call a librarian" from a kiosk: an open call for the branch's librarians, counted in the session. */
@Service
public class HelpCallService {

    private final HelpCallDao dao;
    private final PatronSessionService sessions;
    private final Clock clock;

    HelpCallService(HelpCallDao dao, PatronSessionService sessions, Clock clock) {
        this.dao = dao;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param kioskId null for an unregistered kiosk
     * @param sessionId null when nobody has started a session yet (the language screen)
     */
    @Transactional
    public void callLibrarian(String branchCode, Long kioskId, PatronSessionId sessionId) {
        if (!dao.insert(branchCode, kioskId, sessionId, LocalDateTime.now(clock))) {
            throw new IllegalArgumentException("No branch " + branchCode);
        }
        if (sessionId != null) {
            sessions.record(sessionId, SessionEvent.HELP_ASKED, null);
        }
    }
}
