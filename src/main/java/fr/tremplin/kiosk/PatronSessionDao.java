package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import fr.tremplin.core.db.jooq.enums.PatronSessionDevice;
import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.core.db.jooq.enums.PatronSessionEntry;
import fr.tremplin.core.db.jooq.enums.PatronSessionLevelSource;
import fr.tremplin.core.db.jooq.enums.PatronSessionPlace;
import fr.tremplin.core.db.jooq.enums.PatronSessionWeeklyTime;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import fr.tremplin.core.live.AppNode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class PatronSessionDao {

    private final DSLContext dsl;
    private final long node;

    PatronSessionDao(DSLContext dsl, AppNode appNode) {
        this.dsl = dsl;
        this.node = appNode.id();
    }

    /** @return false when the branch is unknown */
    boolean insert(PatronSessionId id, String branchCode, Long kioskId, Language language, LocalDateTime now,
            boolean fromLink, String referral) {
        Field<Long> partner = referral == null ? inline(null, PARTNER.ID)
                : select(PARTNER.ID).from(PARTNER).where(PARTNER.CODE.eq(referral)).and(PARTNER.RETIRED_AT.isNull())
                        .and(PARTNER.BRANCH_ID.isNull().or(PARTNER.BRANCH_ID.eq(BRANCH.ID))).asField();
        return dsl.insertInto(PATRON_SESSION)
                .columns(PATRON_SESSION.ID, PATRON_SESSION.BRANCH_ID, PATRON_SESSION.KIOSK_ID,
                        PATRON_SESSION.STARTED_AT, PATRON_SESSION.UI_LOCALE, PATRON_SESSION.ENTRY,
                        PATRON_SESSION.REFERRAL_PARTNER_ID, PATRON_SESSION.NODE)
                .select(select(val(id.bytes()), BRANCH.ID, val(kioskId),
                        val(now), val(language, PATRON_SESSION.UI_LOCALE),
                        val(fromLink ? PatronSessionEntry.DEEP_LINK : PatronSessionEntry.KIOSK), partner, val(node))
                        .from(BRANCH).where(BRANCH.CODE.eq(branchCode)))
                .execute() == 1;
    }

    boolean exists(PatronSessionId id) {
        return dsl.fetchExists(PATRON_SESSION, PATRON_SESSION.ID.eq(id.bytes()));
    }

    void update(PatronSessionId id, PatronProfile profile, LevelSource levelSource) {
        dsl.update(PATRON_SESSION)
                .set(PATRON_SESSION.UI_LOCALE, profile.language())
                .set(PATRON_SESSION.NEED_ID, needId(profile.needCode()))
                .set(PATRON_SESSION.SUB_NEED_ID, needId(profile.subNeedCode()))
                .set(PATRON_SESSION.AUDIENCE, select(NEED.AUDIENCE).from(NEED).where(NEED.CODE.eq(profile.needCode())))
                .set(PATRON_SESSION.LANGUAGE_LEVEL, profile.level())
                .set(PATRON_SESSION.LEVEL_SOURCE, levelSource == null ? null
                        : PatronSessionLevelSource.valueOf(levelSource.name()))
                .set(PATRON_SESSION.PLACE, profile.place() == null ? null
                        : PatronSessionPlace.valueOf(profile.place().name()))
                .set(PATRON_SESSION.DEVICE, profile.device() == null ? null
                        : PatronSessionDevice.valueOf(profile.device().name()))
                .set(PATRON_SESSION.WEEKLY_TIME, profile.weeklyTime() == null ? null
                        : PatronSessionWeeklyTime.valueOf(profile.weeklyTime().name()))
                .where(PATRON_SESSION.ID.eq(id.bytes())).and(PATRON_SESSION.ENDED_AT.isNull())
                .execute();
    }

    void insertEvent(PatronSessionId id, SessionEvent event, String resourceCode, Integer score, LocalDateTime now) {
        dsl.insertInto(SESSION_EVENT)
                .set(SESSION_EVENT.PATRON_SESSION_ID, id.bytes())
                .set(SESSION_EVENT.OCCURRED_AT, now)
                .set(SESSION_EVENT.TYPE, SessionEventType.valueOf(event.name()))
                .set(SESSION_EVENT.RESOURCE_ID, resourceCode == null ? null
                        : select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.CODE.eq(resourceCode)).asField())
                .set(SESSION_EVENT.SCORE, score == null ? null : score.byteValue())
                .execute();
    }

    /** @return false when the session had already ended */
    boolean end(PatronSessionId id, EndReason reason, LocalDateTime now) {
        return dsl.update(PATRON_SESSION)
                .set(PATRON_SESSION.ENDED_AT, now)
                .set(PATRON_SESSION.END_REASON, PatronSessionEndReason.valueOf(reason.name()))
                .where(PATRON_SESSION.ID.eq(id.bytes())).and(PATRON_SESSION.ENDED_AT.isNull())
                .execute() == 1;
    }

    private static Field<Long> needId(String code) {
        return code == null ? inline(null, NEED.ID)
                : select(NEED.ID).from(NEED).where(NEED.CODE.eq(code)).asField();
    }
}
