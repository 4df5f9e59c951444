package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class KioskPresenceDao {

    private final DSLContext dsl;

    KioskPresenceDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Row(long id, String label, LocalDateTime lastSeen, boolean sessionOpen) {
    }

    void seen(Collection<Long> kioskIds, LocalDateTime now) {
        dsl.update(KIOSK).set(KIOSK.LAST_SEEN_AT, now).where(KIOSK.ID.in(kioskIds)).execute();
    }

    List<Row> kiosks(String branchCode, LocalDateTime sessionsSince) {
        return dsl.select(KIOSK.ID, KIOSK.LABEL, KIOSK.LAST_SEEN_AT,
                        exists(selectOne().from(PATRON_SESSION).where(PATRON_SESSION.KIOSK_ID.eq(KIOSK.ID))
                                .and(PATRON_SESSION.BRANCH_ID.eq(KIOSK.BRANCH_ID))
                                .and(PATRON_SESSION.ENDED_AT.isNull())
                                .and(PATRON_SESSION.STARTED_AT.gt(sessionsSince))))
                .from(KIOSK).join(BRANCH).on(BRANCH.ID.eq(KIOSK.BRANCH_ID))
                .where(BRANCH.CODE.eq(branchCode)).and(KIOSK.REVOKED_AT.isNull())
                .orderBy(KIOSK.LABEL, KIOSK.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
