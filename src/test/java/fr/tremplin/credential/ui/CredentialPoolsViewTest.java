package fr.tremplin.credential.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_BRANCH_RULE;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.ImportPreview;
import fr.tremplin.credential.PoolCandidate;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.PoolSettings;
import fr.tremplin.credential.PoolStock;
import fr.tremplin.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The credential pools screen of a branch, for a branch admin and a librarian, on the shared context. */
class CredentialPoolsViewTest extends StaffViewTest {

    private static final String BRANCH_CODE = "longwy";
    private static final String NEXT_YEAR = LocalDate.now().plusYears(1).toString();

    @Autowired
    CredentialPools pools;
    private String code;
    private Integer limitBefore;

    /** A POOL_CODE offer of longwy of its own, without a pool, so the test can create one. */
    @BeforeEach
    void offerWithoutPool() {
        code = "TEST_VIEW_" + System.nanoTime();
        long resourceId = dsl.insertInto(RESOURCE).set(RESOURCE.CODE, code).set(RESOURCE.ACCESS_MODE, AccessMode.POOL_CODE)
                .set(RESOURCE.LEVEL_MIN, LanguageLevel.A1).set(RESOURCE.LEVEL_MAX, LanguageLevel.C2)
                .set(RESOURCE.URL, "https://publisher.example/" + code).returningResult(RESOURCE.ID).fetchOne().value1();
        dsl.insertInto(OFFER).set(OFFER.BRANCH_ID, branchId()).set(OFFER.RESOURCE_ID, resourceId).execute();
        limitBefore = dsl.select(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR).from(CREDENTIAL_BRANCH_RULE)
                .where(CREDENTIAL_BRANCH_RULE.BRANCH_ID.eq(branchId())).fetchOne(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR);
    }

    @AfterEach
    void removeOffer() {
        var offerIds = dsl.select(OFFER.ID).from(OFFER).join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .where(RESOURCE.CODE.eq(code));
        var poolIds = dsl.select(CREDENTIAL_POOL.ID).from(CREDENTIAL_POOL).where(CREDENTIAL_POOL.OFFER_ID.in(offerIds));
        dsl.deleteFrom(CREDENTIAL).where(CREDENTIAL.POOL_ID.in(poolIds)).execute();
        dsl.deleteFrom(CREDENTIAL_POOL).where(CREDENTIAL_POOL.OFFER_ID.in(offerIds)).execute();
        dsl.deleteFrom(OFFER).where(OFFER.ID.in(offerIds)).execute();
        dsl.deleteFrom(RESOURCE).where(RESOURCE.CODE.eq(code)).execute();
        if (limitBefore == null) {
            dsl.deleteFrom(CREDENTIAL_BRANCH_RULE).where(CREDENTIAL_BRANCH_RULE.BRANCH_ID.eq(branchId())).execute();
        } else {
            dsl.update(CREDENTIAL_BRANCH_RULE).set(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR, limitBefore)
                    .where(CREDENTIAL_BRANCH_RULE.BRANCH_ID.eq(branchId())).execute();
        }
    }

    @Test
    void aBranchAdminSeesTheDemoPoolsCreatesAPoolImportsAFileAndTheCountsChange() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE, "luneville"));
        open("luneville");
        assertThat(get(Span.class, "pool-VODECLIC-details").getText()).contains("lent for 30 days",
                "library card asked");
        assertThat(Integer.parseInt(get(Span.class, "pool-VODECLIC-available").getText())).isPositive();
        open(BRANCH_CODE);
        for (PoolStock demo : pools.stock(BRANCH_CODE)) {
            assertThat(all(Span.class, "pool-" + demo.resourceCode() + "-available")).as(demo.resourceCode())
                    .hasSize(1);
        }

        click("pool-new");
        @SuppressWarnings("unchecked")
        Select<PoolCandidate> resource = get(Select.class, "pool-new-resource");
        PoolCandidate ours = resource.getListDataView().getItems().filter(c -> c.resourceCode().equals(code))
                .findFirst().orElseThrow();
        test(resource).selectItem(resource.getItemLabelGenerator().apply(ours));
        test(get(IntegerField.class, "pool-threshold")).setValue(2);
        click("pool-new-save");
        assertThat(all(Dialog.class, "pool-new-dialog")).isEmpty();
        assertThat(get(Span.class, "pool-" + code + "-available").getText()).isEqualTo("0");
        assertThat(get(Span.class, "pool-" + code + "-low").getText()).isEqualTo("Empty");

        click("pool-" + code + "-import");
        upload(csv("login;password;valid until;note", "anna-0001;Xy7-secret-1;" + NEXT_YEAR + ";desk",
                "anna-0002;Xy7-secret-2;;", "anna-0003;Xy7-secret-3;;"));
        assertThat(get(Paragraph.class, "credential-preview-file").getText()).isEqualTo("File: codes.csv");
        assertThat(get(Paragraph.class, "credential-preview-summary").getText())
                .isEqualTo("3 credentials will be added.");
        assertThat(all(Grid.class, "credential-preview-rejected")).isEmpty();
        Grid<?> sample = get(Grid.class, "credential-preview-sample");
        assertThat(test(sample).size()).isEqualTo(3);
        assertThat(test(sample).getCellText(0, 1)).startsWith("an").doesNotContain("anna-0001");
        assertThat(get(Button.class, "credential-import-confirm").isEnabled()).isTrue();

        click("credential-import-confirm");
        assertThat(all(Dialog.class, "credential-import-dialog")).isEmpty();
        assertThat(all(Notification.class, "staff-saved")).extracting(n -> test(n).getText())
                .contains("3 credentials added.");
        assertThat(get(Span.class, "pool-" + code + "-available").getText()).isEqualTo("3");
        assertThat(all(Span.class, "pool-" + code + "-low")).as("3 is above the threshold of 2").isEmpty();

        ByteArrayOutputStream export = new ByteArrayOutputStream();
        test(get(Anchor.class, "pool-" + code + "-export")).download(export);
        String exported = export.toString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("id;state;").contains("AVAILABLE", "desk")
                .doesNotContain("anna-000", "Xy7-secret");
    }

    @Test
    void aFileWithBadLinesShowsEachLineAndItsReasonAndImportsNothing() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        long poolId = pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        open(BRANCH_CODE);

        click("pool-" + code + "-import");
        upload(csv("login;password;valid until", "bob-1;pw-1;" + NEXT_YEAR, "bob-2;;" + NEXT_YEAR,
                "bob-3;pw-3;31/02/2030", "bob-1;pw-4;" + NEXT_YEAR, "bob-5;pw-5;" + NEXT_YEAR));

        assertThat(get(Paragraph.class, "credential-preview-summary").getText())
                .isEqualTo("2 lines are correct, 3 lines are rejected.");
        assertThat(get(Paragraph.class, "credential-preview-blocked").getText())
                .contains("Nothing will be imported until the file is corrected");
        Grid<?> rejected = get(Grid.class, "credential-preview-rejected");
        assertThat(test(rejected).size()).isEqualTo(3);
        assertThat(List.of(test(rejected).getCellText(0, 0), test(rejected).getCellText(1, 0),
                test(rejected).getCellText(2, 0))).containsExactly("3", "4", "5");
        assertThat(test(rejected).getCellText(0, 1)).isEqualTo("The password is missing.");
        assertThat(test(rejected).getCellText(1, 1)).contains("31/02/2030", "is not a date", "end date");
        assertThat(test(rejected).getCellText(2, 1)).isEqualTo("Same login or code as line 2.");
        assertThat(get(Button.class, "credential-import-confirm").isEnabled()).isFalse();
        assertThat(pools.countCredentials(poolId)).isZero();

        upload(csv("login;secret word", "bob-1;pw-1"));
        assertThat(get(Paragraph.class, "credential-import-error").getText())
                .contains("unknown column", "\"secret word\"", "column 2");
        assertThat(all(Paragraph.class, "credential-preview-summary")).isEmpty();
        assertThat(get(Button.class, "credential-import-confirm").isEnabled()).isFalse();
        assertThat(pools.countCredentials(poolId)).isZero();
    }

    @Test
    void aPoolThatChangedSinceThePreviewIsToldOnConfirmAndNothingIsAdded() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        long poolId = pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        open(BRANCH_CODE);
        click("pool-" + code + "-import");
        upload(csv("code", "NEW-1", "NEW-2"));
        pools.importPreviewed(pools.preview(poolId, "meanwhile.csv", csv("code", "NEW-2")));

        click("credential-import-confirm");

        assertThat(get(Dialog.class, "credential-import-dialog").isOpened()).isTrue();
        assertThat(get(Paragraph.class, "credential-import-error").getText())
                .contains("The pool changed since the preview: line 3 is now already in it.");
        assertThat(get(Button.class, "credential-import-confirm").isEnabled()).isFalse();
        assertThat(pools.countCredentials(poolId)).isEqualTo(1);
    }

    @Test
    void aLibrarianSeesTheStockButCannotImportChangeOrRevoke() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, BRANCH_CODE));
        open(BRANCH_CODE);

        String pool = "pool-" + code;
        assertThat(get(Span.class, pool + "-available").getText()).isEqualTo("0");
        assertThat(all(Span.class, pool + "-low")).hasSize(1);
        assertThat(all(Anchor.class, pool + "-export")).hasSize(1);
        for (String action : new String[] {"-import", "-settings", "-credentials"}) {
            assertThat(all(Button.class, pool + action)).as(action).isEmpty();
        }
        assertThat(all(Button.class, "pool-new")).isEmpty();
        assertThat(get(IntegerField.class, "credential-limit").isReadOnly()).isTrue();
        assertThat(all(Button.class, "credential-limit-save")).isEmpty();
    }

    @Test
    void revokingACredentialChangesItsStateAndTheCounts() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        long poolId = pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        ImportPreview preview = pools.preview(poolId, "codes.csv", csv("code", "CODE-AAA-1", "CODE-AAA-2"));
        assertThat(pools.importPreviewed(preview)).isEqualTo(2);
        open(BRANCH_CODE);

        click("pool-" + code + "-credentials");
        Grid<?> grid = get(Grid.class, "pool-credentials-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("available");
        test((Button) test(grid).getCellComponent(0, "revoke")).click();
        click("revoke-confirm-yes");

        assertThat(test(grid).getCellText(0, 1)).isEqualTo("revoked");
        assertThat(test(grid).getCellComponent(0, "revoke")).isNotInstanceOf(Button.class);
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("available");
        assertThat(get(Span.class, "pool-" + code + "-revoked").getText()).isEqualTo("1");
        assertThat(get(Span.class, "pool-" + code + "-available").getText()).isEqualTo("1");
    }

    @Test
    void theSettingsAndTheLimitAreCheckedOnTheirFieldsBeforeAnythingIsSaved() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        open(BRANCH_CODE);

        click("pool-" + code + "-settings");
        IntegerField loanDays = get(IntegerField.class, "pool-loan-days");
        assertThat(loanDays.isEnabled()).as("single use: no loan").isFalse();
        @SuppressWarnings("unchecked")
        Select<PoolPolicy> policy = get(Select.class, "pool-policy");
        test(policy).selectItem("lent: each credential comes back after its loan");
        assertThat(loanDays.isEnabled()).isTrue();
        test(loanDays).setValue(400);
        test(get(IntegerField.class, "pool-threshold")).setValue(-1);
        click("pool-settings-save");
        assertThat(loanDays.isInvalid()).isTrue();
        assertThat(loanDays.getErrorMessage()).isEqualTo("Must be between 1 and 366.");
        assertThat(get(IntegerField.class, "pool-threshold").isInvalid()).isTrue();
        assertThat(pools.stock(BRANCH_CODE)).filteredOn(p -> p.resourceCode().equals(code)).singleElement()
                .satisfies(p -> assertThat(p.settings()).isEqualTo(PoolSettings.DEFAULT));

        test(loanDays).setValue(14);
        test(get(IntegerField.class, "pool-threshold")).setValue(1);
        click("pool-settings-save");
        assertThat(all(Dialog.class, "pool-settings-dialog")).isEmpty();
        assertThat(get(Span.class, "pool-" + code + "-details").getText()).contains("lent for 14 days",
                "low stock at 1 or fewer");

        IntegerField limit = get(IntegerField.class, "credential-limit");
        test(limit).setValue(0);
        click("credential-limit-save");
        assertThat(limit.isInvalid()).isTrue();
        test(limit).setValue(7);
        click("credential-limit-save");
        assertThat(limit.isInvalid()).isFalse();
        assertThat(pools.perKioskPerHour(BRANCH_CODE, 10)).isEqualTo(7);
    }

    @Test
    void theStaffHomeWarnsOfAnEmptyPoolWithALinkToItsBranch() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, BRANCH_CODE));
        pools.createPool(BRANCH_CODE, code, PoolSettings.DEFAULT);
        UI.getCurrent().navigate("staff");

        Anchor link = get(Anchor.class, "low-stock-" + BRANCH_CODE + "-" + code);
        assertThat(link.getText()).contains(code, "empty");
        assertThat(link.getHref()).isEqualTo("/staff/credentials?branch=" + BRANCH_CODE);
        assertThat(all(com.vaadin.flow.component.html.Div.class, "low-stock-alert")).hasSize(1);
    }

    private void open(String branch) {
        UI.getCurrent().navigate("staff/credentials", QueryParameters.of("branch", branch));
        @SuppressWarnings("unchecked")
        Select<String> picker = get(Select.class, "branch-select");
        assertThat(picker.getValue()).isEqualTo(branch);
    }

    private void upload(byte[] content) {
        test(get(Upload.class, "credential-upload")).upload("codes.csv", "text/csv", content);
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long branchId() {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(BRANCH_CODE)).fetchOne(BRANCH.ID);
    }
}
