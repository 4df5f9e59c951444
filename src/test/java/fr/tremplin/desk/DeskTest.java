package fr.tremplin.desk;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.kiosk.HelpCall;
import fr.tremplin.kiosk.HelpCallService;
import fr.tremplin.kiosk.KioskPresence.Status;
import fr.tremplin.kiosk.PatronSessionId;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The librarians' desk on MariaDB: calls ring, turn urgent, are taken once; kiosks' states; one branch each. */
@TremplinTest
class DeskTest {

    static final String BRANCH_CODE = "pont-a-mousson";
    static final StaffBranch PONT = new StaffBranch(BRANCH_CODE, "Pont-à-Mousson", ZoneId.of("Europe/Paris"));

    @Autowired
    Desk desk;
    @Autowired
    HelpCallService calls;
    @Autowired
    PatronSessionService sessions;
    @Autowired
    LiveSignals signals;
    @Autowired
    DSLContext dsl;

    private StaffFixtures staff;
    private Staff librarian;

    @BeforeEach
    void signIn() {
        staff = new StaffFixtures(dsl);
        librarian = staff.create("desk", StaffRole.LIBRARIAN, BRANCH_CODE);
        StaffFixtures.signIn(librarian);
        // Earlier calls of this branch (other tests, earlier runs) are done with.
        dsl.update(HELP_CALL).set(HELP_CALL.STATE, fr.tremplin.core.db.jooq.enums.HelpCallState.CLOSED)
                .where(HELP_CALL.BRANCH_ID.eq(branchId())).execute();
    }

    @AfterEach
    void cleanUp() {
        dsl.deleteFrom(KIOSK).where(KIOSK.LABEL.startsWith("desk-test")).execute();
        staff.cleanUp();
    }

    private long branchId() {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(BRANCH_CODE)).fetchOne().value1();
    }

    @Test
    void aCallRingsTurnsUrgentAfterTwoMinutesAndIsTakenOnce() throws InterruptedException {
        BlockingQueue<String> rung = new LinkedBlockingQueue<>();
        try (LiveSignals.Subscription watch = signals.subscribe(LiveTopics.desk(BRANCH_CODE), () -> rung.add("!"))) {
            PatronSessionId session = sessions.start(BRANCH_CODE, null, Language.AR);
            String key = calls.callLibrarian(BRANCH_CODE, null, session);
            assertThat(rung.poll(5, TimeUnit.SECONDS)).isNotNull();
            sessions.flush();
            HelpCall call = desk.board(PONT).calls().getFirst();
            assertThat(call.open()).isTrue();
            assertThat(call.kioskLabel()).isNull();
            assertThat(call.urgent(desk.board(PONT).now())).isFalse();
            assertThat(calls.taken(key)).isFalse();

            dsl.update(HELP_CALL).set(HELP_CALL.CALLED_AT, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(2))
                    .where(HELP_CALL.ID.eq(call.id())).execute();
            DeskBoard late = desk.board(PONT);
            assertThat(late.urgentCalls()).isEqualTo(1);

            BlockingQueue<String> kioskHeard = new LinkedBlockingQueue<>();
            try (LiveSignals.Subscription kiosk = signals.subscribe(HelpCallService.callTopic(key),
                    () -> kioskHeard.add("taken"))) {
                assertThat(desk.take(call.id())).isTrue();
                assertThat(kioskHeard.poll(5, TimeUnit.SECONDS)).isEqualTo("taken");
            }
            assertThat(desk.take(call.id())).isFalse();
            assertThat(calls.taken(key)).isTrue();
            HelpCall taken = desk.board(PONT).calls().getFirst();
            assertThat(taken.open()).isFalse();
            assertThat(taken.takenBy()).isEqualTo(librarian.username());
            assertThat(taken.urgent(late.now())).isFalse();
            assertThat(dsl.select(HELP_CALL.TAKEN_AT).from(HELP_CALL).where(HELP_CALL.ID.eq(call.id())).fetchOne()
                    .value1()).isNotNull();

            assertThat(desk.close(call.id())).isTrue();
            assertThat(desk.board(PONT).calls()).isEmpty();
        }
    }

    @Test
    void kiosksAreInUseIdleOrOfflineAndNothingMore() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long inUse = kiosk("desk-test A", now);
        long idle = kiosk("desk-test B", now.minusMinutes(1));
        long offline = kiosk("desk-test C", now.minusMinutes(10));
        byte[] session = new byte[16];
        new SecureRandom().nextBytes(session);
        dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, session).set(PATRON_SESSION.BRANCH_ID, branchId())
                .set(PATRON_SESSION.KIOSK_ID, inUse).set(PATRON_SESSION.STARTED_AT, now.minusMinutes(3)).execute();
        try {
            assertThat(desk.board(PONT).kiosks()).filteredOn(k -> k.label().startsWith("desk-test"))
                    .extracting(k -> k.id() + ":" + k.status())
                    .containsExactly(inUse + ":" + Status.IN_USE, idle + ":" + Status.IDLE,
                            offline + ":" + Status.OFFLINE);
        } finally {
            dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.ID.eq(session)).execute();
        }
    }

    @Test
    void aLibrarianSeesOnlyTheDeskOfTheirBranches() {
        Staff elsewhere = staff.create("elsewhere", StaffRole.LIBRARIAN, "longwy");
        StaffFixtures.signIn(elsewhere);
        assertThat(desk.branches()).extracting(StaffBranch::code).containsExactly("longwy");
        assertThatThrownBy(() -> desk.board(PONT)).isInstanceOf(AccessDeniedException.class);
        calls.callLibrarian(BRANCH_CODE, null, null);
        sessions.flush();
        StaffFixtures.signIn(librarian);
        long callId = desk.board(PONT).calls().getFirst().id();
        StaffFixtures.signIn(elsewhere);
        assertThatThrownBy(() -> desk.take(callId)).isInstanceOf(AccessDeniedException.class);
    }

    private long kiosk(String label, LocalDateTime lastSeen) {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        return dsl.insertInto(KIOSK).set(KIOSK.BRANCH_ID, branchId()).set(KIOSK.LABEL, label)
                .set(KIOSK.TOKEN_HASH, token).set(KIOSK.LAST_SEEN_AT, lastSeen).returningResult(KIOSK.ID).fetchOne()
                .value1();
    }
}
