package fr.tremplin.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.select.Select;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.OfferLine;
import fr.tremplin.config.KioskConfigLoader;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OffersViewTest extends StaffViewTest {

    @Autowired
    OfferAdminService offers;
    @Autowired
    KioskConfigLoader loader;

    @AfterEach
    void restoreOffer() {
        Staff admin = fixtures.create("restore", StaffRole.DEPARTMENT_ADMIN);
        signIn(admin);
        OfferLine line = offers.offers("longwy", Language.FR).stream()
                .filter(o -> o.resourceCode().equals("CODECLIC")).findFirst().orElseThrow();
        if (!line.enabled()) {
            offers.setEnabled("longwy", "CODECLIC", true, line.version());
        }
        loader.load(DemoConfig.DIRECTORY);
    }

    @Test
    void aBranchAdminSwitchesAResourceOffForItsBranch() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, "longwy"));
        UI.getCurrent().navigate("staff/offers");

        @SuppressWarnings("unchecked")
        Select<String> branch = get(Select.class, "branch-select");
        assertThat(branch.getValue()).isEqualTo("longwy");
        Checkbox toggle = get(Checkbox.class, "offer-toggle-CODECLIC");
        assertThat(toggle.getValue()).isTrue();
        assertThat(toggle.isReadOnly()).isFalse();

        test(toggle).click();

        assertThat(get(Checkbox.class, "offer-toggle-CODECLIC").getValue()).isFalse();
        assertThat(offers.offers("longwy", Language.FR)).filteredOn(o -> o.resourceCode().equals("CODECLIC"))
                .singleElement().satisfies(o -> assertThat(o.enabled()).isFalse());
    }

    @Test
    void aSecondEditorIsToldThatTheOfferChangedMeanwhileAndKeepsWhatTheyTyped() {
        signIn(fixtures.create("ba2", StaffRole.BRANCH_ADMIN, "longwy"));
        UI.getCurrent().navigate("staff/offers");
        test(get(Button.class, "offer-edit-CODECLIC")).click();
        IntegerField licences = get(IntegerField.class, "offer-licences");
        test(licences).setValue(42);

        OfferLine before = offers.offers("longwy", Language.FR).stream()
                .filter(o -> o.resourceCode().equals("CODECLIC")).findFirst().orElseThrow();
        offers.setEnabled("longwy", "CODECLIC", false, before.version());
        test(get(Button.class, "offer-save")).click();

        assertThat(all(Notification.class, "staff-stale")).hasSize(1);
        assertThat(get(Dialog.class, "offer-dialog").isOpened()).isTrue();
        assertThat(get(IntegerField.class, "offer-licences").getValue()).isEqualTo(42);
        assertThat(offers.offers("longwy", Language.FR)).filteredOn(o -> o.resourceCode().equals("CODECLIC"))
                .singleElement().satisfies(o -> {
                    assertThat(o.enabled()).as("the first editor's change stays").isFalse();
                    assertThat(o.licencesBought()).as("nothing of the second edit is written")
                            .isEqualTo(before.licencesBought());
                });
    }

    @Test
    void aLibrarianSeesTheOffersOfItsBranchReadOnly() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        UI.getCurrent().navigate("staff/offers", com.vaadin.flow.router.QueryParameters.of("branch", "frouard"));

        @SuppressWarnings("unchecked")
        Select<String> branch = get(Select.class, "branch-select");
        assertThat(branch.getValue()).as("frouard is not its branch").isEqualTo("longwy");
        assertThat(branch.getListDataView().getItems()).containsExactly("longwy");
        assertThat(get(Checkbox.class, "offer-toggle-CODECLIC").isReadOnly()).isTrue();
        assertThat(all(Button.class, "offer-edit-CODECLIC"))
                .isEmpty();
    }
}
