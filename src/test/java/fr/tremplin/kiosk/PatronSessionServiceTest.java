package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.core.db.jooq.enums.PatronSessionLevelSource;
import fr.tremplin.core.db.jooq.enums.PatronSessionPlace;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.core.db.jooq.tables.records.PatronSessionRecord;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.support.TremplinTest;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TremplinTest
class PatronSessionServiceTest {

    @Autowired
    PatronSessionService sessions;
    @Autowired
    HelpCallService helpCalls;
    @Autowired
    DSLContext dsl;

    private PatronSessionId id;

    @AfterEach
    void deleteTheSession() {
        sessions.flush();
        if (id != null) {
            dsl.deleteFrom(HELP_CALL).where(HELP_CALL.PATRON_SESSION_ID.eq(id.bytes())).execute();
            dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.ID.eq(id.bytes())).execute();
        }
    }

    @Test
    void recordsTheChoicesWithTheAudienceOfTheNeed() {
        id = sessions.start("luneville", null, Language.AR);
        sessions.update(id, new PatronProfile(Language.AR, "FRENCH", "FRENCH_EVERYDAY", LanguageLevel.A1, Place.HOME,
                null, null), LevelSource.CHECK);

        PatronSessionRecord row = row();
        assertThat(row.getUiLocale()).isEqualTo(Language.AR);
        assertThat(row.getAudience()).isEqualTo(Audience.FRENCH_LEARNER);
        assertThat(row.getNeedId()).isEqualTo(needId("FRENCH"));
        assertThat(row.getSubNeedId()).isEqualTo(needId("FRENCH_EVERYDAY"));
        assertThat(row.getLanguageLevel()).isEqualTo(LanguageLevel.A1);
        assertThat(row.getLevelSource()).isEqualTo(PatronSessionLevelSource.CHECK);
        assertThat(row.getPlace()).isEqualTo(PatronSessionPlace.HOME);
        assertThat(row.getKioskId()).as("unregistered kiosk").isNull();
        assertThat(row.getStartedAt()).isNotNull();
        assertThat(row.getEndedAt()).isNull();
    }

    @Test
    void recordsEventsAndEndsOnce() {
        id = sessions.start("longwy", null, Language.FR);
        sessions.record(id, SessionEvent.RESULTS_SHOWN, null);
        sessions.record(id, SessionEvent.RESOURCE_OPENED, "TV5MONDE_FLE");
        sessions.recordSatisfaction(id, 3);
        sessions.end(id, EndReason.DONE);
        sessions.end(id, EndReason.IDLE);
        sessions.flush();

        assertThat(row().getEndReason()).isEqualTo(PatronSessionEndReason.DONE);
        List<SessionEventType> types = dsl.select(SESSION_EVENT.TYPE).from(SESSION_EVENT)
                .where(SESSION_EVENT.PATRON_SESSION_ID.eq(id.bytes())).orderBy(SESSION_EVENT.ID).fetch(SESSION_EVENT.TYPE);
        assertThat(types).containsExactly(SessionEventType.RESULTS_SHOWN, SessionEventType.RESOURCE_OPENED,
                SessionEventType.SATISFACTION);
        assertThat(dsl.select(RESOURCE.CODE).from(SESSION_EVENT).join(RESOURCE)
                .on(RESOURCE.ID.eq(SESSION_EVENT.RESOURCE_ID)).where(SESSION_EVENT.PATRON_SESSION_ID.eq(id.bytes()))
                .fetchOne(RESOURCE.CODE)).isEqualTo("TV5MONDE_FLE");
        assertThat(dsl.select(SESSION_EVENT.SCORE).from(SESSION_EVENT)
                .where(SESSION_EVENT.TYPE.eq(SessionEventType.SATISFACTION))
                .and(SESSION_EVENT.PATRON_SESSION_ID.eq(id.bytes())).fetchOne(SESSION_EVENT.SCORE)).isEqualTo((byte) 3);
    }

    @Test
    void aSatisfactionIsOneTwoOrThree() {
        id = sessions.start("longwy", null, Language.FR);
        assertThatThrownBy(() -> sessions.recordSatisfaction(id, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHelpCallIsOpenForTheBranchAndCountedInTheSession() {
        id = sessions.start("frouard", null, Language.UK);
        helpCalls.callLibrarian("frouard", null, id);
        sessions.flush();

        assertThat(dsl.fetchCount(HELP_CALL, HELP_CALL.PATRON_SESSION_ID.eq(id.bytes()))).isEqualTo(1);
        assertThat(dsl.fetchCount(SESSION_EVENT, SESSION_EVENT.PATRON_SESSION_ID.eq(id.bytes())
                .and(SESSION_EVENT.TYPE.eq(SessionEventType.HELP_ASKED)))).isEqualTo(1);
    }

    @Test
    void sessionIdsAreRandom() {
        PatronSessionId first = PatronSessionId.random();
        PatronSessionId second = PatronSessionId.random();
        assertThat(first.value().version()).isEqualTo(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aWriteTheDatabaseRefusesIsDroppedWithoutHoldingUpTheKioskOrTheWritesAfterIt() {
        PatronSessionId nowhere = sessions.start("no-such-branch", null, Language.FR);
        sessions.end(nowhere, EndReason.DONE);
        id = sessions.start("longwy", null, Language.FR);
        sessions.flush();

        assertThat(dsl.fetchCount(PATRON_SESSION, PATRON_SESSION.ID.eq(nowhere.bytes()))).isZero();
        assertThat(row()).as("written after the refused ones").isNotNull();
    }

    private PatronSessionRecord row() {
        sessions.flush();
        return dsl.selectFrom(PATRON_SESSION).where(PATRON_SESSION.ID.eq(id.bytes())).fetchOne();
    }

    private Long needId(String code) {
        return dsl.select(NEED.ID).from(NEED).where(NEED.CODE.eq(code)).fetchOne(NEED.ID);
    }
}
