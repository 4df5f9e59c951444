package fr.tremplin.outreach.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.outreach.PartnerPortal;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffViewTest;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An insertion partner's own page, and nothing else. */
class PartnerViewTest extends StaffViewTest {

    @Autowired
    PartnerPortal portal;
    @Autowired
    CredentialPools pools;

    private Staff partner(String code) {
        Staff staff = fixtures.create("partner", StaffRole.PARTNER);
        dsl.update(STAFF_USER).set(STAFF_USER.PARTNER_ID, partnerId(code)).where(STAFF_USER.ID.eq(staff.id()))
                .execute();
        return staff;
    }

    private long partnerId(String code) {
        return dsl.select(PARTNER.ID).from(PARTNER).where(PARTNER.CODE.eq(code)).fetchOne(PARTNER.ID);
    }

    @Test
    void aPartnerMakesASlipWhoseQrCodeOpensTheKioskWithItsCode() {
        signIn(partner("ASSO-PLATEAU"));
        UI.getCurrent().navigate("staff/partner");
        assertThat(all(Component.class, "partner-view")).hasSize(1);
        assertThat(text("partner-slip-address")).isEqualTo(
                "https://tremplin.test/kiosk/nancy-plateau-de-haye?lang=fr&ref=ASSO-PLATEAU");
        assertThat(all(Image.class, "partner-slip-qr")).singleElement()
                .satisfies(qr -> assertThat(qr.getSrc()).startsWith("data:image/svg+xml"));
        assertThat(text("partner-guide")).contains("Apprendre le français");
        assertThat(all(SideNavItem.class)).extracting(i -> i.getId().orElse("")).containsExactly("menu-staff",
                "menu-staff-partner");
    }

    @Test
    void aPartnerSeesNothingElse() {
        signIn(partner("ASSO-PLATEAU"));
        for (String elsewhere : new String[] {"staff/offers", "staff/credentials?branch=nancy-plateau-de-haye",
                "staff/users", "staff/audit", "staff/resources", "staff/kiosks"}) {
            int query = elsewhere.indexOf('?');
            UI.getCurrent().navigate(query < 0 ? elsewhere : elsewhere.substring(0, query));
            assertThat(all(Component.class, "partner-view")).as(elsewhere + " leads to the partner's page").hasSize(1);
        }
        assertThatThrownBy(() -> pools.stock("nancy-plateau-de-haye")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void countsUnderFiveAreNeverShown() {
        signIn(partner("RSA-54"));
        long partner = partnerId("RSA-54");
        long branch = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq("longwy")).fetchOne(BRANCH.ID);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int before = portal.referrals().getLast().sessions();
        for (int i = 0; i < 3; i++) {
            dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, UUID.randomUUID().toString().substring(0, 16)
                    .getBytes()).set(PATRON_SESSION.BRANCH_ID, branch).set(PATRON_SESSION.STARTED_AT, now)
                    .set(PATRON_SESSION.REFERRAL_PARTNER_ID, partner).execute();
        }
        var thisMonth = portal.referrals().getLast();
        assertThat(thisMonth.month()).isEqualTo(YearMonth.now(ZoneOffset.UTC));
        assertThat(thisMonth.sessions()).isEqualTo(before + 3);
        if (thisMonth.sessions() < 5) {
            assertThat(thisMonth.shown()).isEqualTo("< 5");
        }
        assertThat(portal.referrals()).hasSize(12);
        UI.getCurrent().navigate("staff/partner");
        assertThat(text("partner-referrals-" + thisMonth.month())).endsWith(thisMonth.shown());
    }

    @Test
    void otherStaffCannotOpenAPartnersPage() {
        signIn(fixtures.create("librarian", StaffRole.LIBRARIAN, "luneville"));
        assertThatThrownBy(() -> portal.mine()).isInstanceOf(AccessDeniedException.class);
    }

    private String text(String id) {
        return all(Component.class, id).get(0).getElement().getTextRecursively();
    }
}
