package fr.tremplin.kiosk.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.tremplin.core.db.jooq.enums.PatronSessionEntry;
import fr.tremplin.core.db.jooq.tables.records.PatronSessionRecord;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Addresses printed in QR codes open the journey part-way, and never fail. */
class KioskDeepLinkTest extends ViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PatronSessionService sessions;

    @Test
    void aReferralSlipOpensTheJourneyAtTheConstraintsInArabicAndCountsForThePartner() {
        open("kiosk/nancy-plateau-de-haye?lang=ar&need=FRENCH&subneed=FRENCH_EVERYDAY&level=A1&ref=ASSO-PLATEAU");
        assertThat(all(Component.class, "constraints-skip")).hasSize(1);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");

        PatronSessionRecord session = lastSession("nancy-plateau-de-haye");
        assertThat(session.getEntry()).isEqualTo(PatronSessionEntry.DEEP_LINK);
        assertThat(session.getUiLocale().code()).isEqualTo("ar");
        assertThat(session.getLanguageLevel()).isEqualTo(LanguageLevel.A1);
        assertThat(session.getReferralPartnerId()).isEqualTo(partner("ASSO-PLATEAU"));

        click("back");
        assertThat(all(Tile.class, "level-A1")).as("back goes one screen back").hasSize(1);
    }

    @Test
    void aStaleOrUnknownValueStopsAtTheNearestValidScreen() {
        open("kiosk/luneville?lang=fr&need=NO_SUCH_NEED&level=B1");
        assertThat(all(Tile.class, "need-JOB")).as("the need screen").hasSize(1);

        open("kiosk/longwy?lang=prs&need=JOB");
        assertThat(all(Tile.class, "lang-fr")).as("a language the branch does not offer: the start").hasSize(1);

        open("kiosk/luneville?lang=uk&need=JOB&subneed=FRENCH_EVERYDAY&level=ZZ");
        assertThat(all(Tile.class, "subneed-JOB_CV")).as("a sub-need of another need: the sub-needs").hasSize(1);
    }

    @Test
    void aPartnerCodeCountsOnlyAtItsOwnBranchAndAnUnknownOneNowhere() {
        open("kiosk/luneville?lang=fr&ref=ASSO-PLATEAU");
        assertThat(all(Tile.class, "need-JOB")).hasSize(1);
        assertThat(lastSession("luneville").getReferralPartnerId()).isNull();
        assertThat(lastSession("luneville").getEntry()).isEqualTo(PatronSessionEntry.DEEP_LINK);

        open("kiosk/longwy?lang=fr&ref=RSA-54");
        assertThat(lastSession("longwy").getReferralPartnerId()).as("a department-wide partner")
                .isEqualTo(partner("RSA-54"));

        open("kiosk/luneville?lang=fr&ref=NOBODY");
        assertThat(lastSession("luneville").getReferralPartnerId()).isNull();
    }

    /** Opens an address as a scanned QR code would, query string included. */
    private void open(String address) {
        int query = address.indexOf('?');
        UI.getCurrent().navigate(address.substring(0, query),
                QueryParameters.fromString(address.substring(query + 1)));
    }

    private Long partner(String code) {
        return dsl.select(PARTNER.ID).from(PARTNER).where(PARTNER.CODE.eq(code)).fetchOne(PARTNER.ID);
    }

    private PatronSessionRecord lastSession(String branch) {
        sessions.flush();
        return dsl.select(PATRON_SESSION.fields()).from(PATRON_SESSION).join(BRANCH)
                .on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID)).where(BRANCH.CODE.eq(branch))
                .orderBy(PATRON_SESSION.STARTED_AT.desc()).limit(1).fetchOneInto(PATRON_SESSION);
    }
}
