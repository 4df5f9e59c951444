package fr.tremplin.admin;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.web.PublicLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered kiosk PCs. Registering one makes a random token, shown once; the database keeps only its SHA-256.
 * A browser holding the token (in the {@link #COOKIE} cookie) is that kiosk until the token is revoked. A browser
 * without one still works as a kiosk, counted as unregistered.
 */
@Service
public class KioskService {

    /** The cookie that holds a registered kiosk's token on its PC. */
    public static final String COOKIE = "tremplin-kiosk";
    /** Opening this path followed by the token on a PC registers that PC's browser. */
    public static final String REGISTRATION_PATH = "/kiosk-registration/";
    public static final int LABEL_MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    private final KioskDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final PublicLinks links;
    private final Clock clock;

    KioskService(KioskDao dao, StaffAccess access, AuditLog audit, PublicLinks links, Clock clock) {
        this.dao = dao;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The kiosk a token belongs to. Empty for a missing, malformed, unknown or revoked token. Updates the kiosk's
     * last-seen time, at most once a minute.
     */
    @Transactional
    public Optional<RegisteredKiosk> recognise(String token) {
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            return Optional.empty();
        }
        Optional<RegisteredKiosk> kiosk = dao.findActiveByTokenHash(hash(token));
        kiosk.ifPresent(k -> dao.touch(k.id(), LocalDateTime.now(clock)));
        return kiosk;
    }

    /** The kiosks of a branch, revoked ones last. */
    @Transactional(readOnly = true)
    public List<KioskSummary> kiosks(String branchCode) {
        access.requireSees(branchCode);
        return dao.findByBranch(branchCode);
    }

    /** Registers a kiosk PC for a branch; the token in the answer is never available again. */
    @Transactional
    public NewKiosk register(String branchCode, String label) {
        StaffUser user = access.requireManages(branchCode);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty()) {
            throw new InvalidInputException("label", "staff.validation.required");
        }
        if (cleanLabel.length() > LABEL_MAX_LENGTH) {
            throw new InvalidInputException("label", "staff.validation.too-long", LABEL_MAX_LENGTH);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = dao.insert(branchCode, cleanLabel, hash(token), user.id(), LocalDateTime.now(clock));
        RegisteredKiosk kiosk = new RegisteredKiosk(id, branchCode, cleanLabel);
        audit.record("KIOSK_REGISTERED", "kiosk", String.valueOf(id), branchCode, null, state(kiosk, null));
        return new NewKiosk(kiosk, token, links.absolute(REGISTRATION_PATH + token));
    }

    /** Stops the kiosk's token from being recognised; its past sessions keep their kiosk. */
    @Transactional
    public void revoke(long kioskId) {
        KioskSummary kiosk = dao.findById(kioskId)
                .orElseThrow(() -> new AccessDeniedException("No kiosk " + kioskId));
        access.requireManages(kiosk.branchCode());
        LocalDateTime now = LocalDateTime.now(clock);
        if (dao.revoke(kioskId, now)) {
            RegisteredKiosk registered = new RegisteredKiosk(kiosk.id(), kiosk.branchCode(), kiosk.label());
            audit.record("KIOSK_REVOKED", "kiosk", String.valueOf(kioskId), kiosk.branchCode(),
                    state(registered, null), state(registered, now));
        }
    }

    private static Map<String, Object> state(RegisteredKiosk kiosk, LocalDateTime revokedAt) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("branch", kiosk.branchCode());
        state.put("label", kiosk.label());
        state.put("revokedAt", revokedAt);
        return state;
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
