package fr.tremplin.workshop;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_SEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.DemoPools;
import fr.tremplin.credential.IssuedCredential;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Workshops on the embedded MariaDB: the librarian's commands, the kiosks' seats, and what stays apart. */
@TremplinTest
class WorkshopsTest {

    static final String BRANCH_CODE = "nancy-plateau-de-haye";
    static final String OTHER_BRANCH = "longwy";
    static final String POOLED = "ROSETTA_STONE_FRENCH";

    @Autowired
    Workshops workshops;
    @Autowired
    WorkshopSeats seats;
    @Autowired
    LiveSignals signals;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    private StaffFixtures staff;
    private Staff librarian;

    @BeforeEach
    void signIn() {
        staff = new StaffFixtures(dsl);
        librarian = staff.create("workshops", StaffRole.LIBRARIAN, BRANCH_CODE);
        StaffFixtures.signIn(librarian);
    }

    @AfterEach
    void cleanUp() {
        staff.cleanUp();
    }

    private long plan(String branch, int seatCount) {
        return workshops.plan(new WorkshopPlan(branch, "Découvrir Rosetta Stone", null, List.of(POOLED),
                LocalDateTime.now().plusHours(1), seatCount, Language.FR, null));
    }

    private UUID session(String branch) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, bytes(id))
                .set(PATRON_SESSION.BRANCH_ID, dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branch)))
                .set(PATRON_SESSION.STARTED_AT, LocalDateTime.now(ZoneOffset.UTC)).execute();
        return id;
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private SeatTicket join(String code) {
        JoinResult result = seats.join(BRANCH_CODE, code, session(BRANCH_CODE));
        assertThat(result.status()).isEqualTo(JoinResult.Status.JOINED);
        return result.ticket();
    }

    @Test
    void aWorkshopIsPlannedOpenedJoinedLedAndClosed() {
        long id = plan(BRANCH_CODE, 3);
        assertThat(workshops.find(id).orElseThrow().status()).isEqualTo(WorkshopStatus.PLANNED);
        assertThat(seats.forKiosks(BRANCH_CODE)).extracting(Workshop::id).contains(id);
        assertThat(seats.forKiosks(OTHER_BRANCH)).extracting(Workshop::id).doesNotContain(id);

        String code = workshops.open(id);
        assertThat(code).hasSize(JoinCodes.LENGTH).matches("[" + JoinCodes.ALPHABET + "]+");
        SeatTicket first = join(code.toLowerCase());
        SeatTicket second = join(code);
        SeatTicket third = join(code.substring(0, 2) + "-" + code.substring(2));
        assertThat(List.of(first.number(), second.number(), third.number())).containsExactly(1, 2, 3);
        assertThat(seats.join(BRANCH_CODE, code, session(BRANCH_CODE)).status()).isEqualTo(JoinResult.Status.FULL);

        workshops.lead(id, LeadTarget.resource(POOLED));
        Workshop led = seats.workshop(first).orElseThrow();
        assertThat(led.status()).isEqualTo(WorkshopStatus.RUNNING);
        assertThat(led.leading()).isTrue();
        assertThat(led.leadTarget()).isEqualTo(LeadTarget.resource(POOLED));
        workshops.lead(id, LeadTarget.needs());
        assertThat(seats.workshop(first).orElseThrow().leadCount()).isEqualTo(led.leadCount() + 1);
        workshops.lockScreens(id, true);
        assertThat(seats.workshop(second).orElseThrow().locked()).isTrue();
        workshops.release(id);
        workshops.lockScreens(id, false);
        Workshop released = seats.workshop(third).orElseThrow();
        assertThat(released.leading()).isFalse();
        assertThat(released.locked()).isFalse();

        seats.steps(java.util.Map.of(first, "RESULTS"));
        seats.audience(first, Audience.JOB_SEEKER);
        assertThat(workshops.seats(id)).extracting(Seat::number, Seat::step, Seat::audience)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "RESULTS", Audience.JOB_SEEKER));

        workshops.close(id);
        Workshop closed = workshops.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(WorkshopStatus.CLOSED);
        assertThat(closed.joinCode()).isNull();
        assertThat(seats.join(BRANCH_CODE, code, session(BRANCH_CODE)).status())
                .isEqualTo(JoinResult.Status.UNKNOWN_CODE);
        seats.satisfaction(first, 3);
        assertThat(workshops.seats(id).get(0).satisfaction()).isEqualTo(3);
        assertThatThrownBy(() -> workshops.lead(id, LeadTarget.needs())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everySeatGetsItsOwnCredentialAndTheLibrarianASheetOfThem() {
        DemoPools.topUp(context, BRANCH_CODE, POOLED, 5);
        long id = plan(BRANCH_CODE, 10);
        String code = workshops.open(id);
        List<SeatTicket> tickets = List.of(join(code), join(code), join(code));

        Workshops.HandOut handOut = workshops.handOut(id, POOLED);

        assertThat(handOut.served()).isEqualTo(3);
        assertThat(handOut.missed()).isZero();
        Set<String> logins = new HashSet<>();
        for (SeatTicket ticket : tickets) {
            IssuedCredential mine = seats.credential(ticket).orElseThrow();
            logins.add(mine.login() + "/" + mine.secret());
        }
        assertThat(logins).hasSize(3);
        List<Workshops.SeatCredential> sheet = workshops.slips(id);
        assertThat(sheet).extracting(Workshops.SeatCredential::seatNumber).containsExactly(1, 2, 3);
        assertThat(sheet).extracting(s -> s.credential().login() + "/" + s.credential().secret())
                .containsExactlyInAnyOrderElementsOf(logins);
        workshops.close(id);
        // Credentials stay with the patrons' slips.
        assertThat(seats.credential(tickets.get(0))).isPresent();
    }

    @Test
    void aHandOutFromAnEmptyPoolSaysHowManySeatsGotNone() {
        DemoPools.empty(context, BRANCH_CODE, POOLED);
        long id = plan(BRANCH_CODE, 10);
        String code = workshops.open(id);
        join(code);
        join(code);

        Workshops.HandOut handOut = workshops.handOut(id, POOLED);

        assertThat(handOut.served()).isZero();
        assertThat(handOut.missed()).isEqualTo(2);
    }

    @Test
    void aReloadedKioskTakesItsSeatBackWithItsNewSession() {
        long id = plan(BRANCH_CODE, 5);
        String code = workshops.open(id);
        join(code);
        SeatTicket seat = join(code);
        UUID afterReload = session(BRANCH_CODE);

        SeatTicket back = seats.rejoin(BRANCH_CODE, seat.token(), afterReload).orElseThrow();

        assertThat(back.number()).isEqualTo(seat.number());
        assertThat(back.seatId()).isEqualTo(seat.seatId());
        assertThat(dsl.select(WORKSHOP_SEAT.PATRON_SESSION_ID).from(WORKSHOP_SEAT)
                .where(WORKSHOP_SEAT.ID.eq(seat.seatId())).fetchOne().value1()).isEqualTo(bytes(afterReload));
        assertThat(dsl.select(PATRON_SESSION.WORKSHOP_SEAT_ID).from(PATRON_SESSION)
                .where(PATRON_SESSION.ID.eq(bytes(afterReload))).fetchOne().value1()).isEqualTo(seat.seatId());
        assertThat(seats.rejoin(OTHER_BRANCH, seat.token(), session(OTHER_BRANCH))).isEmpty();
        assertThat(seats.rejoin(BRANCH_CODE, "not-a-token", session(BRANCH_CODE))).isEmpty();

        seats.leave(back);
        assertThat(seats.rejoin(BRANCH_CODE, seat.token(), session(BRANCH_CODE))).isEmpty();
        // A left seat frees its place but keeps its number.
        assertThat(join(code).number()).isEqualTo(3);
        workshops.close(id);
        assertThat(seats.rejoin(BRANCH_CODE, back.token(), session(BRANCH_CODE))).isEmpty();
    }

    @Test
    void workshopsStayWithinTheirBranch() {
        long id = plan(BRANCH_CODE, 5);
        String code = workshops.open(id);
        // A kiosk of another branch does not know this code.
        assertThat(seats.join(OTHER_BRANCH, code, session(OTHER_BRANCH)).status())
                .isEqualTo(JoinResult.Status.UNKNOWN_CODE);
        // A librarian of another branch cannot see it nor run it.
        Staff elsewhere = staff.create("elsewhere", StaffRole.LIBRARIAN, OTHER_BRANCH);
        StaffFixtures.signIn(elsewhere);
        assertThatThrownBy(() -> workshops.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.lead(id, LeadTarget.needs())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.close(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan(BRANCH_CODE, 3)).isInstanceOf(AccessDeniedException.class);
        StaffFixtures.signIn(librarian);
        assertThat(workshops.find(id).orElseThrow().status()).isEqualTo(WorkshopStatus.OPEN);
    }

    @Test
    void twoWorkshopsNeverMix() throws InterruptedException {
        long one = plan(BRANCH_CODE, 5);
        long two = plan(BRANCH_CODE, 5);
        SeatTicket inOne = join(workshops.open(one));
        SeatTicket inTwo = join(workshops.open(two));
        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (LiveSignals.Subscription watch = signals.subscribe(Workshops.topic(one), () -> heard.add("one"))) {
            workshops.lead(two, LeadTarget.needs());
            workshops.lockScreens(two, true);
            workshops.lead(one, LeadTarget.needs());
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("one");
            // Watchers are woken on their own threads: give a stray signal of workshop two time to arrive.
            assertThat(heard.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(seats.workshop(inOne).orElseThrow().locked()).isFalse();
        assertThat(seats.workshop(inTwo).orElseThrow().locked()).isTrue();
        assertThat(workshops.seats(one)).extracting(Seat::id).containsExactly(inOne.seatId());
        assertThat(workshops.seats(two)).extracting(Seat::id).containsExactly(inTwo.seatId());
        workshops.close(one);
        assertThat(seats.workshop(inTwo).orElseThrow().status()).isEqualTo(WorkshopStatus.RUNNING);
    }

    @Autowired
    SeatSteps seatSteps;

    @Test
    void theStepsOfKiosksMovedTogetherAreWrittenTogether() throws InterruptedException {
        long id = plan(BRANCH_CODE, 5);
        String code = workshops.open(id);
        SeatTicket first = join(code);
        SeatTicket second = join(code);
        SeatTicket third = join(code);
        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (LiveSignals.Subscription watch = signals.subscribe(Workshops.seatsTopic(id), () -> heard.add("seats"))) {
            seatSteps.shown(first, "NEED");
            seatSteps.shown(second, "RESOURCE:" + POOLED);
            seatSteps.shown(first, "RESOURCE:" + POOLED);

            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("seats");
            assertThat(workshops.seats(id)).extracting(Seat::number, Seat::step).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(first.number(), "RESOURCE:" + POOLED),
                    org.assertj.core.groups.Tuple.tuple(second.number(), "RESOURCE:" + POOLED),
                    org.assertj.core.groups.Tuple.tuple(third.number(), null));
            // One write for the three steps: one signal, not three.
            assertThat(heard.poll(2 * SeatSteps.GATHER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                    .isNull();

            seatSteps.shown(third, "NEED");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("seats");
            assertThat(workshops.seats(id)).extracting(Seat::number, Seat::step)
                    .contains(org.assertj.core.groups.Tuple.tuple(third.number(), "NEED"));
        }
    }

    @Autowired
    WorkshopUpkeep upkeep;

    @Test
    void aWorkshopLeftOpenIsClosedSoItsKiosksGoBackToThePatrons() {
        long forgotten = plan(BRANCH_CODE, 5);
        long running = plan(BRANCH_CODE, 5);
        SeatTicket seat = join(workshops.open(forgotten));
        workshops.open(running);
        dsl.update(fr.tremplin.core.db.jooq.Tables.WORKSHOP)
                .set(fr.tremplin.core.db.jooq.Tables.WORKSHOP.OPENED_AT,
                        LocalDateTime.now(ZoneOffset.UTC).minus(WorkshopUpkeep.LONGEST).minusMinutes(1))
                .where(fr.tremplin.core.db.jooq.Tables.WORKSHOP.ID.eq(forgotten)).execute();

        upkeep.closeOpenedBefore(LocalDateTime.now(ZoneOffset.UTC).minus(WorkshopUpkeep.LONGEST));

        assertThat(seats.workshop(seat).orElseThrow().status()).isEqualTo(WorkshopStatus.CLOSED);
        assertThat(workshops.find(running).orElseThrow().status()).isEqualTo(WorkshopStatus.OPEN);
        // A second node running the same job at once finds nothing left to close.
        assertThat(upkeep.closeOpenedBefore(LocalDateTime.now(ZoneOffset.UTC).minus(WorkshopUpkeep.LONGEST)))
                .isZero();
    }

    @Test
    void badPlansAreRefusedWithTheFieldAtFault() {
        List<String> fields = new ArrayList<>();
        for (WorkshopPlan bad : List.of(
                new WorkshopPlan(BRANCH_CODE, " ", null, List.of(), LocalDateTime.now(), 5, Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "x".repeat(201), null, List.of(), LocalDateTime.now(), 5, Language.FR,
                        null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", null, List.of(), LocalDateTime.now(), 0, Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", null, List.of(), LocalDateTime.now(), 101, Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", null, List.of(), null, 5, Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", "NO_SUCH_NEED", List.of(), LocalDateTime.now(), 5,
                        Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", null, List.of("NO_SUCH_RESOURCE"), LocalDateTime.now(), 5,
                        Language.FR, null),
                new WorkshopPlan(BRANCH_CODE, "Atelier", null, List.of(), LocalDateTime.now(), 5, Language.FR,
                        "NO_SUCH_PARTNER"))) {
            try {
                workshops.plan(bad);
            } catch (InvalidInputException e) {
                fields.add(e.field());
            }
        }
        assertThat(fields).containsExactly("title", "title", "seats", "seats", "startsAt", "need", "resources",
                "partner");
    }
}
