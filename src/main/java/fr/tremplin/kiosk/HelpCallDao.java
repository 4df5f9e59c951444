package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class HelpCallDao {

    private final DSLContext dsl;

    HelpCallDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean insert(String branchCode, Long kioskId, PatronSessionId sessionId, LocalDateTime now) {
        return dsl.insertInto(HELP_CALL)
                .columns(HELP_CALL.BRANCH_ID, HELP_CALL.KIOSK_ID, HELP_CALL.PATRON_SESSION_ID, HELP_CALL.CALLED_AT)
                .select(select(BRANCH.ID, val(kioskId), val(sessionId == null ? null : sessionId.bytes()), val(now))
                        .from(BRANCH).where(BRANCH.CODE.eq(branchCode)))
                .execute() == 1;
    }
}
