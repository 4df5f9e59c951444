package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.APP_NODE;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

@Repository
class AbandonedSessionsDao {

    private final DSLContext dsl;

    AbandonedSessionsDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Ends, branch by branch, the open sessions older than the branch's idle timeout whose node has not been seen
     * since {@code aliveSince} (or, without a node, that started before {@code noNodeBefore}).
     */
    int closeOfDeadNodes(LocalDateTime now, LocalDateTime aliveSince, LocalDateTime noNodeBefore) {
        int closed = 0;
        for (Record2<Long, Integer> branch : dsl.select(BRANCH.ID, BRANCH.IDLE_TIMEOUT_SECONDS).from(BRANCH).fetch()) {
            LocalDateTime idleBefore = now.minusSeconds(branch.value2());
            closed += dsl.update(PATRON_SESSION)
                    .set(PATRON_SESSION.ENDED_AT, now)
                    .set(PATRON_SESSION.END_REASON, PatronSessionEndReason.ABANDONED)
                    .where(PATRON_SESSION.ENDED_AT.isNull())
                    .and(PATRON_SESSION.BRANCH_ID.eq(branch.value1()))
                    .and(PATRON_SESSION.STARTED_AT.lt(idleBefore))
                    .and(PATRON_SESSION.NODE.isNotNull().and(notExists(selectOne().from(APP_NODE)
                                    .where(APP_NODE.ID.eq(PATRON_SESSION.NODE))
                                    .and(APP_NODE.SEEN_AT.ge(aliveSince))))
                            .or(PATRON_SESSION.NODE.isNull().and(PATRON_SESSION.STARTED_AT.lt(noNodeBefore))))
                    .execute();
        }
        return closed;
    }
}
