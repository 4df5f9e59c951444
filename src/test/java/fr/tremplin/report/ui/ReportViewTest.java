package fr.tremplin.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffViewTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report screen: filters, tables, export. */
class ReportViewTest extends StaffViewTest {

    @Test
    void aBranchAdminReadsItsReportAndCanExportIt() {
        signIn(fixtures.create("admin", StaffRole.BRANCH_ADMIN, "luneville"));
        UI.getCurrent().navigate("staff/report");
        assertThat(all(Component.class, "report-view")).hasSize(1);
        assertThat(all(Component.class, "report-sessions-by-month")).hasSize(1);
        assertThat(all(Component.class, "report-resources")).hasSize(1);
        assertThat(all(Component.class, "report-chart-sessions-by-month")).hasSize(1);
        assertThat(get(Component.class, "report-chart-satisfaction").getElement().getChild(0).getProperty("innerHTML"))
                .as("the chart is inline SVG").startsWith("<svg");
        assertThat(all(Anchor.class, "report-export-csv")).hasSize(1);
        assertThat(get(Anchor.class, "report-export-pdf").getText())
                .isEqualTo("Annual report " + LocalDate.now().getYear() + " (PDF)");

        test(get(DatePicker.class, "report-to")).setValue(LocalDate.of(2000, 1, 1));
        assertThat(get(Component.class, "report-tables").getElement().getTextRecursively())
                .contains("last day");
        test(get(DatePicker.class, "report-from")).setValue(LocalDate.of(1999, 1, 1));
        assertThat(get(Component.class, "report-sessions-by-month").getElement().getTextRecursively())
                .contains("No session");
    }

    @Test
    void staffWriteTheNoteOfAMonthBesideTheFigures() {
        signIn(fixtures.create("librarian", StaffRole.LIBRARIAN, "luneville"));
        UI.getCurrent().navigate("staff/report");
        test(get(com.vaadin.flow.component.select.Select.class, "report-branch")).selectItem("Médiathèque de Lunéville");
        String note = "Atelier CV avec le CCAS, 8 personnes " + System.nanoTime();
        test(get(com.vaadin.flow.component.textfield.TextArea.class, "report-note-text")).setValue(note);
        click("report-note-save");
        assertThat(get(Component.class, "report-notes").getElement().getTextRecursively()).contains(note);
    }

    @Test
    void theStaffHomeShowsTheMonthAtAGlance() {
        signIn(fixtures.create("admin", StaffRole.BRANCH_ADMIN, "luneville"));
        UI.getCurrent().navigate("staff");
        assertThat(get(Component.class, "staff-month-glance").getElement().getTextRecursively())
                .startsWith("This month so far:").doesNotContainPattern("[^0-9][1-4] kiosk sessions");
    }
}
