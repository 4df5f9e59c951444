package fr.tremplin.kiosk;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * "Call a librarian" from a kiosk: an open call for the branch's librarians, counted in the session. Written like
 * the rest of the kiosk log, behind the patron's back and after the session's own start.
 */
@Service
public class HelpCallService {

    private final HelpCallDao dao;
    private final PatronSessionService sessions;
    private final PatronLogWriter writer;
    private final Clock clock;

    HelpCallService(HelpCallDao dao, PatronSessionService sessions, PatronLogWriter writer, Clock clock) {
        this.dao = dao;
        this.writer = writer;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param kioskId null for an unregistered kiosk
     * @param sessionId null when nobody has started a session yet (the language screen)
     */
    public void callLibrarian(String branchCode, Long kioskId, PatronSessionId sessionId) {
        LocalDateTime at = LocalDateTime.now(clock);
        writer.write("help call at " + branchCode, () -> {
            if (!dao.insert(branchCode, kioskId, sessionId, at)) {
                throw new IllegalArgumentException("No branch " + branchCode);
            }
        });
        if (sessionId != null) {
            sessions.record(sessionId, SessionEvent.HELP_ASKED, null);
        }
    }
}
