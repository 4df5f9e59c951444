package fr.tremplin.holdings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.holdings.HoldingTags;
import fr.tremplin.holdings.HoldingTagsService;
import fr.tremplin.holdings.RecordTags;
import fr.tremplin.holdings.TestMarc;
import fr.tremplin.support.StaffViewTest;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The holdings page: upload and report, history, library codes mapped to branches, a record's tags. */
class HoldingsImportViewTest extends StaffViewTest {

    @Autowired
    HoldingTagsService tags;
    private String nonce;
    private String code;
    private String fileName;

    @BeforeEach
    void names() {
        nonce = TestMarc.nonce();
        code = TestMarc.CODE_PREFIX + nonce;
        fileName = TestMarc.RECORD_PREFIX + nonce + ".mrc";
    }

    @AfterEach
    void removeHoldings() {
        TestMarc.cleanUp(dsl);
    }

    @Test
    void anUploadShowsTheReportWithItsRejectionAndTheHistoryAndCodesFollow() {
        signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        open();
        assertThat(get(Select.class, "holdings-format").getValue()).as("auto-detect by default").isNull();
        assertThat(get(Checkbox.class, "holdings-full-export").getValue()).as("nothing retired by surprise").isFalse();

        uploadOurFile();

        assertThat(get(Span.class, "holdings-added").getText()).isEqualTo("2");
        assertThat(get(Span.class, "holdings-updated").getText()).isEqualTo("0");
        assertThat(get(Span.class, "holdings-retired").getText()).isEqualTo("0");
        assertThat(get(Span.class, "holdings-rejected").getText()).isEqualTo("1");
        assertThat(get(Paragraph.class, "holdings-report-file").getText()).contains(fileName, "UNIMARC");
        Grid<?> rejections = get(Grid.class, "holdings-rejections");
        assertThat(test(rejections).size()).isEqualTo(1);
        assertThat(test(rejections).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(rejections).getCellText(0, 1)).isEqualTo(TestMarc.RECORD_PREFIX + nonce + "-broken");
        assertThat(test(rejections).getCellText(0, 2)).contains("200$a");
        assertThat(historyRow()).as("the import is in the history").isNotNegative();
        assertThat(libraryRow()).as("the unknown code is listed").isNotNegative();
        assertThat(test(get(Grid.class, "holdings-libraries")).getCellText(libraryRow(), 3)).isEqualTo("2");
    }

    @Test
    void aRowOfTheHistoryShowsItsReportAgain() {
        signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        open();
        uploadOurFile();
        UI.getCurrent().navigate(StaffPaths.HOME);
        open();
        assertThat(all(Paragraph.class, "holdings-report-file")).as("a fresh page shows no report").isEmpty();

        test(get(Grid.class, "holdings-history")).clickRow(historyRow());

        assertThat(get(Paragraph.class, "holdings-report-file").getText()).contains(fileName);
        assertThat(get(Span.class, "holdings-added").getText()).isEqualTo("2");
        assertThat(test(get(Grid.class, "holdings-rejections")).size()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoMarcFailsAndSaysWhy() {
        signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        open();

        test(get(Upload.class, "holdings-upload")).upload(fileName, "application/octet-stream",
                "this is not a MARC file".getBytes());

        assertThat(get(Paragraph.class, "holdings-failed").getText()).isNotBlank();
        assertThat(all(Span.class, "holdings-added")).isEmpty();
        assertThat(historyRow()).isNotNegative();
    }

    @Test
    void aDepartmentAdminMapsTheUnknownCodeToABranch() {
        signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        open();
        uploadOurFile();
        Grid<?> grid = get(Grid.class, "holdings-libraries");
        Component cell = test(grid).getCellComponent(libraryRow(), "map");
        @SuppressWarnings("unchecked")
        Select<String> picker = (Select<String>) cell.getChildren()
                .filter(c -> c.getId().orElse("").equals("holdings-library-" + code)).findFirst().orElseThrow();
        Button map = (Button) cell.getChildren()
                .filter(c -> c.getId().orElse("").equals("holdings-library-map-" + code)).findFirst().orElseThrow();

        test(picker).selectItem("Ludo-médiathèque de Frouard");
        test(map).click();

        assertThat(test(grid).getCellText(libraryRow(), 1)).isEqualTo("Ludo-médiathèque de Frouard");
    }

    @Test
    void aLibrarianReadsTheHistoryAndCodesButNeitherUploadsNorMaps() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        open();

        assertThat(get(SideNavItem.class, "menu-staff-holdings").getPath()).isEqualTo(StaffPaths.HOLDINGS);
        assertThat(all(Upload.class, "holdings-upload")).isEmpty();
        assertThat(all(Grid.class, "holdings-history")).hasSize(1);
        assertThat(get(Grid.class, "holdings-libraries").getColumnByKey("map")).isNull();
    }

    @Test
    void theTagsDialogSavesACorrectionAndGoesBackToTheRules() {
        signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        open();
        uploadOurFile();
        String recordId = TestMarc.RECORD_PREFIX + nonce + "-1";

        openTags(recordId);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> needs = get(MultiSelectComboBox.class, "holding-tags-needs");
        needs.setValue(Set.of("JOB_CV"));
        test(get(Select.class, "holding-tags-level-min")).selectItem("A1");
        test(get(Select.class, "holding-tags-level-max")).selectItem("B1");
        click("holding-tags-save");

        assertThat(all(Dialog.class, "holding-tags-dialog")).isEmpty();
        RecordTags saved = tags.tags(recordId);
        assertThat(saved.byStaff()).isTrue();
        assertThat(saved.tags()).isEqualTo(new HoldingTags(Set.of("JOB_CV"), LanguageLevel.A1, LanguageLevel.B1));

        openTags(recordId);
        assertThat(get(MultiSelectComboBox.class, "holding-tags-needs").getValue()).isEqualTo(Set.of("JOB_CV"));
        click("holding-tags-rules");

        assertThat(tags.tags(recordId).byStaff()).isFalse();
        assertThat(tags.tags(recordId).tags()).isEqualTo(HoldingTags.NONE);
        assertThat(get(Select.class, "holding-tags-level-min").getValue()).isNull();
    }

    private void open() {
        UI.getCurrent().navigate(StaffPaths.HOLDINGS);
        assertThat(all(HoldingsImportView.class)).hasSize(1);
    }

    private void openTags(String recordId) {
        test(get(TextField.class, "holdings-record-id")).setValue(recordId);
        click("holdings-record-open");
        assertThat(all(Dialog.class, "holding-tags-dialog")).hasSize(1);
    }

    /** Two books under an unknown library code, then a record without a title. */
    private void uploadOurFile() {
        byte[] content = TestMarc.iso2709(
                TestMarc.book(TestMarc.RECORD_PREFIX + nonce + "-1", "Le Petit Prince", code),
                TestMarc.book(TestMarc.RECORD_PREFIX + nonce + "-2", "Vendredi", code),
                TestMarc.withoutTitle(TestMarc.RECORD_PREFIX + nonce + "-broken"));
        test(get(Upload.class, "holdings-upload")).upload(fileName, "application/marc", content);
    }

    private int historyRow() {
        Grid<?> grid = get(Grid.class, "holdings-history");
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getCellText(i, 1).equals(fileName))
                .findFirst().orElse(-1);
    }

    private int libraryRow() {
        Grid<?> grid = get(Grid.class, "holdings-libraries");
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getCellText(i, 0).equals(code))
                .findFirst().orElse(-1);
    }
}
