package fr.tremplin.kiosk;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Call a librarian" from a kiosk: an open call on the desk of the branch's librarians (which rings), counted in
 * the session. The call is written like the rest of the kiosk log, behind the patron's back; when a librarian takes
 * it, the kiosk that made it is told (by the call's random key) and shows "a librarian is coming".
 */
@Service
public class HelpCallService {

    /** A call nobody took within this time shows as urgent on the desk. */
    public static final java.time.Duration URGENT_AFTER = java.time.Duration.ofMinutes(2);
    /** Taken calls stay on the desk this long (or until closed), so a colleague sees who went. */
    static final java.time.Duration TAKEN_SHOWN = java.time.Duration.ofMinutes(15);

    private final HelpCallDao dao;
    private final PatronSessionService sessions;
    private final PatronLogWriter writer;
    private final LiveSignals signals;
    private final StaffAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    HelpCallService(HelpCallDao dao, PatronSessionService sessions, PatronLogWriter writer, LiveSignals signals,
            StaffAccess access, AuditLog audit, Clock clock) {
        this.dao = dao;
        this.writer = writer;
        this.sessions = sessions;
        this.signals = signals;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The topic the kiosk that made a call watches until it is taken. */
    public static String callTopic(String callKey) {
        return "help-call:" + callKey;
    }

    /**
     * @param kioskId null for an unregistered kiosk
     * @param sessionId null when nobody has started a session yet (the language screen)
     * @return the call's random key, to watch {@link #callTopic(String)}
     */
    public String callLibrarian(String branchCode, Long kioskId, PatronSessionId sessionId) {
        LocalDateTime at = LocalDateTime.now(clock);
        String key = newKey();
        writer.write("help call at " + branchCode, () -> {
            if (!dao.insert(branchCode, kioskId, sessionId, at, key)) {
                throw new IllegalArgumentException("No branch " + branchCode);
            }
            signals.publish(LiveTopics.desk(branchCode));
        });
        if (sessionId != null) {
            sessions.record(sessionId, SessionEvent.HELP_ASKED, null);
        }
        return key;
    }

    /** Whether a librarian has taken the call with this key. */
    public boolean taken(String callKey) {
        return dao.takenByKey(callKey);
    }

    /** The calls on the desk of the current user's branches (open ones, and those taken lately), oldest first. */
    @Transactional(readOnly = true)
    public List<HelpCall> onDesk(String branchCode) {
        access.requireSees(branchCode);
        LocalDateTime now = LocalDateTime.now(clock);
        return dao.onDesk(branchCode, now.minus(TAKEN_SHOWN), now);
    }

    /** A librarian takes a call: the kiosk shows "a librarian is coming". False if someone already took it. */
    @Transactional
    public boolean take(long callId) {
        Optional<HelpCallDao.CallRef> call = dao.find(callId);
        if (call.isEmpty()) {
            return false;
        }
        StaffUser user = access.requireSees(call.get().branchCode());
        boolean taken = dao.take(callId, user.id(), LocalDateTime.now(clock));
        if (taken) {
            audit.record("HELP_CALL_TAKEN", "help_call", String.valueOf(callId), call.get().branchCode(), null,
                    Map.of());
            afterCommit(call.get(), true);
        }
        return taken;
    }

    /** The librarian is done with the call: it leaves the desk. */
    @Transactional
    public boolean close(long callId) {
        Optional<HelpCallDao.CallRef> call = dao.find(callId);
        if (call.isEmpty()) {
            return false;
        }
        access.requireSees(call.get().branchCode());
        boolean closed = dao.close(callId, LocalDateTime.now(clock));
        if (closed) {
            afterCommit(call.get(), false);
        }
        return closed;
    }

    private void afterCommit(HelpCallDao.CallRef call, boolean toKiosk) {
        signals.publishAfterCommit(LiveTopics.desk(call.branchCode()));
        if (toKiosk && call.key() != null) {
            signals.publishAfterCommit(callTopic(call.key()));
        }
    }

    private String newKey() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
