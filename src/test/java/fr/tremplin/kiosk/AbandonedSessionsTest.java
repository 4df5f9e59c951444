package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.APP_NODE;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.core.live.AppNode;
import fr.tremplin.support.TremplinTest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions a dead node left open are closed as ABANDONED after the branch's idle timeout; live nodes' are not. */
@TremplinTest
class AbandonedSessionsTest {

    private static final long DEAD_NODE = 0x7e57_dead_0001L;

    @Autowired
    AbandonedSessions abandoned;
    @Autowired
    AppNode thisNode;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    private final List<byte[]> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(id -> dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.ID.eq(id)).execute());
        dsl.deleteFrom(APP_NODE).where(APP_NODE.ID.eq(DEAD_NODE)).execute();
    }

    @Test
    void onlyTheSessionsOfADeadNodePastTheIdleTimeoutAreClosed() {
        LocalDateTime now = LocalDateTime.now(clock);
        dsl.insertInto(APP_NODE, APP_NODE.ID, APP_NODE.STARTED_AT, APP_NODE.SEEN_AT)
                .values(DEAD_NODE, now.minusHours(2), now.minusMinutes(10)).execute();
        byte[] deadAndIdle = session(DEAD_NODE, now.minusMinutes(5));
        byte[] deadButRecent = session(DEAD_NODE, now.minusSeconds(30));
        byte[] aliveAndLong = session(thisNode.id(), now.minusHours(1));
        byte[] noNodeVeryOld = session(null, now.minusHours(5));
        byte[] noNodeRecent = session(null, now.minusHours(1));

        assertThat(abandoned.close()).isGreaterThanOrEqualTo(2);

        assertThat(endReason(deadAndIdle)).isEqualTo(PatronSessionEndReason.ABANDONED);
        assertThat(endReason(noNodeVeryOld)).isEqualTo(PatronSessionEndReason.ABANDONED);
        assertThat(endReason(deadButRecent)).as("the branch's idle timeout has not passed").isNull();
        assertThat(endReason(aliveAndLong)).as("its node is alive: a patron may be there").isNull();
        assertThat(endReason(noNodeRecent)).isNull();
        assertThat(abandoned.close()).as("closed once, whoever runs it next").isZero();
    }

    private byte[] session(Long node, LocalDateTime startedAt) {
        byte[] id = SessionKeys.bytes(UUID.randomUUID());
        dsl.insertInto(PATRON_SESSION)
                .set(PATRON_SESSION.ID, id)
                .set(PATRON_SESSION.BRANCH_ID, dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq("luneville"))
                        .fetchSingle().value1())
                .set(PATRON_SESSION.STARTED_AT, startedAt)
                .set(PATRON_SESSION.NODE, node)
                .execute();
        made.add(id);
        return id;
    }

    private PatronSessionEndReason endReason(byte[] id) {
        return dsl.select(PATRON_SESSION.END_REASON).from(PATRON_SESSION).where(PATRON_SESSION.ID.eq(id))
                .fetchSingle().value1();
    }
}
