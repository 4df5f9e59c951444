package fr.tremplin.workshop;

import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.credential.CredentialIssuance;
import fr.tremplin.credential.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosks' side of workshops: the coming ones of the branch, joining with the code, taking the seat back after a
 * reload, telling the librarian where the kiosk is, the anonymous answers, and the credential handed to the seat.
 * A seat holds no personal data: a number, a token's hash, the step shown.
 */
@Service
public class WorkshopSeats {

    /** Kiosks show a planned workshop this long before it starts. */
    static final Duration SHOWN_BEFORE = Duration.ofHours(24);
    /** …and until this long after its planned start, in case the librarian opens it late. */
    static final Duration SHOWN_AFTER = Duration.ofHours(3);
    private static final int TOKEN_BYTES = 18;

    private final WorkshopDao workshops;
    private final SeatDao seats;
    private final LiveSignals signals;
    private final CredentialIssuance credentials;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WorkshopSeats(WorkshopDao workshops, SeatDao seats, LiveSignals signals, CredentialIssuance credentials,
            Clock clock) {
        this.workshops = workshops;
        this.seats = seats;
        this.signals = signals;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The workshops a branch's kiosks show: open ones, and planned ones starting within the day. */
    @Transactional(readOnly = true)
    public List<Workshop> forKiosks(String branchCode) {
        LocalDateTime now = LocalDateTime.now(clock);
        return workshops.forKiosks(branchCode, now.minus(SHOWN_AFTER), now.plus(SHOWN_BEFORE));
    }

    /** The workshop of a seat, as it is now (what the librarian asks of the kiosks). */
    @Transactional(readOnly = true)
    public Optional<Workshop> workshop(SeatTicket ticket) {
        return workshops.find(ticket.workshopId());
    }

    /**
     * Takes a seat with a join code typed on a kiosk of {@code branchCode}: the lowest free number. A code of another
     * branch's workshop is unknown here.
     *
     * @param sessionId the kiosk's patron session, already stored
     */
    @Transactional
    public JoinResult join(String branchCode, String typedCode, UUID sessionId) {
        String code = JoinCodes.normalise(typedCode);
        if (code == null) {
            return JoinResult.of(JoinResult.Status.UNKNOWN_CODE);
        }
        Optional<Long> found = workshops.byCode(code);
        if (found.isEmpty() || !workshops.branchOf(found.get()).map(branchCode::equals).orElse(false)) {
            return JoinResult.of(JoinResult.Status.UNKNOWN_CODE);
        }
        long workshopId = found.get();
        WorkshopStatus status = workshops.lock(workshopId).orElseThrow();
        Workshop workshop = workshops.find(workshopId).orElseThrow();
        if (!status.joinable()) {
            return JoinResult.of(JoinResult.Status.UNKNOWN_CODE);
        }
        if (seats.occupied(workshopId) >= workshop.seats()) {
            return JoinResult.of(JoinResult.Status.FULL);
        }
        Set<Integer> used = seats.usedNumbers(workshopId);
        int number = 1;
        while (used.contains(number)) {
            number++;
        }
        String token = newToken();
        long seatId = seats.take(workshopId, number, hash(token), SessionKeys.bytes(sessionId),
                LocalDateTime.now(clock));
        signals.publishAfterCommit(Workshops.seatsTopic(workshopId));
        return new JoinResult(JoinResult.Status.JOINED, new SeatTicket(workshopId, seatId, number, token));
    }

    /**
     * The same browser tab comes back (a reload, a lost connection): it gets its seat again with its new patron
     * session, while the workshop runs and the seat was not left.
     */
    @Transactional
    public Optional<SeatTicket> rejoin(String branchCode, String token, UUID sessionId) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        Optional<SeatDao.SeatRef> seat = seats.byToken(hash(token))
                .filter(s -> s.branchCode().equals(branchCode) && s.status().joinable());
        seat.ifPresent(s -> {
            seats.rejoin(s.seatId(), SessionKeys.bytes(sessionId), LocalDateTime.now(clock));
            signals.publishAfterCommit(Workshops.seatsTopic(s.workshopId()));
        });
        return seat.map(s -> new SeatTicket(s.workshopId(), s.seatId(), s.number(), token));
    }

    /**
     * What the kiosks show now, for the librarians' views of the seats (see {@link SeatSteps}, which gathers them:
     * thirty kiosks after a "follow me"): one batch, and one signal per workshop.
     */
    @Transactional
    public void steps(Map<SeatTicket, String> shown) {
        Map<Long, String> bySeat = new HashMap<>();
        shown.forEach((seat, step) -> bySeat.put(seat.seatId(), step));
        seats.steps(bySeat, LocalDateTime.now(clock));
        shown.keySet().stream().map(SeatTicket::workshopId).distinct()
                .forEach(workshop -> signals.publishAfterCommit(Workshops.seatsTopic(workshop)));
    }

    @Transactional
    public void audience(SeatTicket ticket, Audience audience) {
        seats.audience(ticket.seatId(), audience);
        signals.publishAfterCommit(Workshops.seatsTopic(ticket.workshopId()));
    }

    /** The patron's answer to "did this workshop help you?" (1 to 3), also after the workshop closed. */
    @Transactional
    public void satisfaction(SeatTicket ticket, int score) {
        if (score < 1 || score > 3) {
            throw new IllegalArgumentException("A satisfaction is 1 to 3");
        }
        seats.satisfaction(hash(ticket.token()), score);
        signals.publishAfterCommit(Workshops.seatsTopic(ticket.workshopId()));
    }

    /** The kiosk leaves its seat (its patron started again); the seat keeps its number and answers. */
    @Transactional
    public void leave(SeatTicket ticket) {
        seats.leave(ticket.seatId(), LocalDateTime.now(clock));
        signals.publishAfterCommit(Workshops.seatsTopic(ticket.workshopId()));
    }

    /** The credential handed to this seat by the latest hand-out, if any. */
    @Transactional(readOnly = true)
    public Optional<IssuedCredential> credential(SeatTicket ticket) {
        Optional<Workshop> workshop = workshops.find(ticket.workshopId());
        Optional<SeatDao.SeatRef> seat = seats.byToken(hash(ticket.token()));
        if (workshop.isEmpty() || workshop.get().handOutResource() == null || seat.isEmpty()
                || seat.get().credentialId() == null) {
            return Optional.empty();
        }
        return credentials.reopen(workshop.get().branchCode(), workshop.get().handOutResource(),
                seat.get().credentialId());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
