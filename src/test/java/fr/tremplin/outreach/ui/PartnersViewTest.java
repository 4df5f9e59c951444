package fr.tremplin.outreach.ui;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.outreach.PartnerDefinition;
import fr.tremplin.outreach.PartnerKind;
import fr.tremplin.config.KioskConfigLoader;
import fr.tremplin.outreach.PartnerRegister;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.StaffViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The register of insertion partners, as branch admins keep it, and the kiosk-config file beside it. */
class PartnersViewTest extends StaffViewTest {

    @Autowired
    PartnerRegister register;
    @Autowired
    KioskConfigLoader loader;

    @Test
    void aBranchAdminAddsAPartnerOfItsBranchAndTheFileLeavesItAlone() {
        signIn(fixtures.create("admin", StaffRole.BRANCH_ADMIN, "luneville"));
        UI.getCurrent().navigate("staff/partners");
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        click("partner-new");
        test(get(TextField.class, "partner-code")).setValue(code);
        test(get(TextField.class, "partner-name")).setValue("Mission locale (test)");
        click("partner-save");
        assertThat(register.list()).extracting(PartnerDefinition::code).contains(code);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("PARTNER_CREATED")
                .and(AUDIT_ENTRY.ENTITY_KEY.eq(code)))).isEqualTo(1);
        assertThatThrownBy(() -> register.save(new PartnerDefinition("RSA-54", "taken over", PartnerKind.OTHER,
                null, null))).as("a department-wide partner is the department admin's")
                .isInstanceOf(AccessDeniedException.class);

        // kiosk-config/partners.yml does not name it: loading the files again must not retire a partner made here.
        loader.load(DemoConfig.DIRECTORY);
        assertThat(dsl.fetchCount(PARTNER, PARTNER.CODE.eq(code).and(PARTNER.RETIRED_AT.isNull()))).isEqualTo(1);

        register.retire(code);
        assertThat(register.list()).extracting(PartnerDefinition::code).doesNotContain(code);
    }

    @Test
    void aBadCodeIsRefusedOnItsField() {
        signIn(fixtures.create("admin", StaffRole.BRANCH_ADMIN, "luneville"));
        UI.getCurrent().navigate("staff/partners");
        click("partner-new");
        test(get(TextField.class, "partner-code")).setValue("no spaces please");
        test(get(TextField.class, "partner-name")).setValue("Test");
        click("partner-save");
        assertThat(get(TextField.class, "partner-code").isInvalid()).isTrue();
    }

    @Test
    void librariansDoNotKeepTheRegister() {
        signIn(fixtures.create("librarian", StaffRole.LIBRARIAN, "luneville"));
        assertThatThrownBy(() -> register.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.save(new PartnerDefinition("T-X", "x", PartnerKind.OTHER, "luneville",
                null))).isInstanceOf(AccessDeniedException.class);
    }
}
