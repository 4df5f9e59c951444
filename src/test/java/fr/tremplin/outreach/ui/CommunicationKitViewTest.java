package fr.tremplin.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.outreach.KitItem;
import fr.tremplin.outreach.KitPdfReader;
import fr.tremplin.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CommunicationKitViewTest extends StaffViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void aBranchAdminDownloadsABilingualBookmarkSheetOfTheNeedsItPicks() {
        signIn(fixtures.create("kitba", StaffRole.BRANCH_ADMIN, "luneville"));
        UI.getCurrent().navigate("staff/kit");

        assertThat(all(SideNavItem.class, "menu-staff-kit")).hasSize(1);
        assertThat(get(Select.class, "branch-select").getValue()).isEqualTo("luneville");
        CheckboxGroup<String> needs = get(CheckboxGroup.class, "kit-needs");
        assertThat(needs.getValue()).as("every need the branch serves, by default").hasSizeGreaterThan(2);
        test(get(Select.class, "kit-item")).selectItem(getTranslation("staff.kit.item.BOOKMARKS"));
        test(get(Select.class, "kit-language")).selectItem(Language.AR.nativeName());
        test(get(Checkbox.class, "kit-bilingual")).click();
        test(needs).deselectAll();
        test(needs).selectItem(needs.getItemLabelGenerator().apply("FRENCH"));
        assertThat(get(Select.class, "kit-item").getValue()).isEqualTo(KitItem.BOOKMARKS);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(get(Anchor.class, "kit-download")).download(pdf);

        KitPdfReader read = KitPdfReader.read(pdf.toByteArray());
        assertThat(read.pages()).hasSize(1);
        assertThat(read.compactText()).contains("MédiathèquedeLunéville",
                "https://tremplin.test/kiosk/luneville?lang=ar", "Apprendrelefrançais")
                .doesNotContain("Trouverunemploi");
        assertThat(read.embeddedFonts()).anySatisfy(f -> assertThat(f).contains("NotoNaskhArabic"));
    }

    @Test
    void aLibrarianHasNoKit() {
        signIn(fixtures.create("kitlib", StaffRole.LIBRARIAN, "luneville"));
        UI.getCurrent().navigate("staff/kit", QueryParameters.of("branch", "luneville"));

        assertThat(all(SideNavItem.class, "menu-staff-kit")).isEmpty();
        assertThat(get(Paragraph.class, "kit-not-managed").getText()).isNotBlank();
        assertThat(all(Anchor.class, "kit-download")).isEmpty();
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
