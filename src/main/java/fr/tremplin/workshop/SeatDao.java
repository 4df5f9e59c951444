package fr.tremplin.workshop;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_SEAT;

import fr.tremplin.core.domain.Audience;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The seats of workshops: which kiosk (by seat token) sits where, and what it shows. Nothing about the patron. */
@Repository
class SeatDao {

    private final DSLContext dsl;

    SeatDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A seat found by its token. */
    record SeatRef(long seatId, long workshopId, int number, String branchCode, WorkshopStatus status,
            Long credentialId) {
    }

    List<Seat> seats(long workshopId) {
        return dsl.select(WORKSHOP_SEAT.ID, WORKSHOP_SEAT.SEAT_NUMBER, WORKSHOP_SEAT.JOINED_AT, WORKSHOP_SEAT.LEFT_AT,
                        WORKSHOP_SEAT.STEP, WORKSHOP_SEAT.AUDIENCE, WORKSHOP_SEAT.SATISFACTION,
                        WORKSHOP_SEAT.CREDENTIAL_ID)
                .from(WORKSHOP_SEAT).where(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshopId))
                .orderBy(WORKSHOP_SEAT.SEAT_NUMBER)
                .fetch(r -> new Seat(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().intValue(), r.value8() != null));
    }

    /** Seat numbers ever given in the workshop (a left seat keeps its number); under the workshop's row lock. */
    Set<Integer> usedNumbers(long workshopId) {
        return new HashSet<>(dsl.select(WORKSHOP_SEAT.SEAT_NUMBER).from(WORKSHOP_SEAT)
                .where(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshopId)).fetch(WORKSHOP_SEAT.SEAT_NUMBER));
    }

    /** Seats taken and not left. */
    int occupied(long workshopId) {
        return dsl.fetchCount(WORKSHOP_SEAT, WORKSHOP_SEAT.WORKSHOP_ID.eq(workshopId)
                .and(WORKSHOP_SEAT.LEFT_AT.isNull()));
    }

    long take(long workshopId, int number, byte[] tokenHash, byte[] sessionId, LocalDateTime now) {
        long seatId = dsl.insertInto(WORKSHOP_SEAT)
                .set(WORKSHOP_SEAT.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_SEAT.SEAT_NUMBER, number)
                .set(WORKSHOP_SEAT.TOKEN_HASH, tokenHash)
                .set(WORKSHOP_SEAT.PATRON_SESSION_ID, sessionId)
                .set(WORKSHOP_SEAT.JOINED_AT, now)
                .set(WORKSHOP_SEAT.SEEN_AT, now)
                .returning(WORKSHOP_SEAT.ID).fetchOne().getId();
        linkSession(seatId, sessionId);
        return seatId;
    }

    Optional<SeatRef> byToken(byte[] tokenHash) {
        return dsl.select(WORKSHOP_SEAT.ID, WORKSHOP_SEAT.WORKSHOP_ID, WORKSHOP_SEAT.SEAT_NUMBER, BRANCH.CODE,
                        WORKSHOP.STATE, WORKSHOP_SEAT.CREDENTIAL_ID)
                .from(WORKSHOP_SEAT).join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_SEAT.WORKSHOP_ID))
                .join(BRANCH).on(BRANCH.ID.eq(WORKSHOP.BRANCH_ID))
                .where(WORKSHOP_SEAT.TOKEN_HASH.eq(tokenHash)).and(WORKSHOP_SEAT.LEFT_AT.isNull())
                .fetchOptional(r -> new SeatRef(r.value1(), r.value2(), r.value3(), r.value4(),
                        WorkshopStatus.valueOf(r.value5().name()), r.value6()));
    }

    /** The kiosk came back (a reload): the seat now belongs to its new patron session. */
    void rejoin(long seatId, byte[] sessionId, LocalDateTime now) {
        dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.PATRON_SESSION_ID, sessionId).set(WORKSHOP_SEAT.SEEN_AT, now)
                .where(WORKSHOP_SEAT.ID.eq(seatId)).execute();
        linkSession(seatId, sessionId);
    }

    private void linkSession(long seatId, byte[] sessionId) {
        if (sessionId != null) {
            dsl.update(PATRON_SESSION).set(PATRON_SESSION.WORKSHOP_SEAT_ID, seatId)
                    .where(PATRON_SESSION.ID.eq(sessionId)).execute();
        }
    }

    /** The step each seat's kiosk shows, by seat id, in one batch. */
    void steps(Map<Long, String> stepBySeat, LocalDateTime now) {
        dsl.batch(stepBySeat.entrySet().stream()
                .map(seat -> dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.STEP, seat.getValue())
                        .set(WORKSHOP_SEAT.SEEN_AT, now).where(WORKSHOP_SEAT.ID.eq(seat.getKey())))
                .toList()).execute();
    }

    void audience(long seatId, Audience audience) {
        dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.AUDIENCE, audience).where(WORKSHOP_SEAT.ID.eq(seatId)).execute();
    }

    /** Satisfaction of a seat, by token, also once the workshop closed (the question comes at the end). */
    boolean satisfaction(byte[] tokenHash, int score) {
        return dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.SATISFACTION, (byte) score)
                .where(WORKSHOP_SEAT.TOKEN_HASH.eq(tokenHash)).execute() == 1;
    }

    void leave(long seatId, LocalDateTime now) {
        dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.LEFT_AT, now).where(WORKSHOP_SEAT.ID.eq(seatId))
                .and(WORKSHOP_SEAT.LEFT_AT.isNull()).execute();
    }

    /** Joined seats still there, with their current patron session, for a hand-out. */
    record Present(long seatId, int number, byte[] sessionId) {
    }

    List<Present> present(long workshopId) {
        return dsl.select(WORKSHOP_SEAT.ID, WORKSHOP_SEAT.SEAT_NUMBER, WORKSHOP_SEAT.PATRON_SESSION_ID)
                .from(WORKSHOP_SEAT).where(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshopId))
                .and(WORKSHOP_SEAT.LEFT_AT.isNull()).and(WORKSHOP_SEAT.PATRON_SESSION_ID.isNotNull())
                .orderBy(WORKSHOP_SEAT.SEAT_NUMBER)
                .fetch(r -> new Present(r.value1(), r.value2(), r.value3()));
    }

    void credential(long seatId, long credentialId) {
        dsl.update(WORKSHOP_SEAT).set(WORKSHOP_SEAT.CREDENTIAL_ID, credentialId).where(WORKSHOP_SEAT.ID.eq(seatId))
                .execute();
    }

    /** Seats with a credential, for the librarian's sheet of slips. */
    record Handed(int number, long credentialId) {
    }

    List<Handed> handed(long workshopId) {
        return dsl.select(WORKSHOP_SEAT.SEAT_NUMBER, WORKSHOP_SEAT.CREDENTIAL_ID).from(WORKSHOP_SEAT)
                .where(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshopId)).and(WORKSHOP_SEAT.CREDENTIAL_ID.isNotNull())
                .orderBy(WORKSHOP_SEAT.SEAT_NUMBER).fetch(r -> new Handed(r.value1(), r.value2()));
    }
}
