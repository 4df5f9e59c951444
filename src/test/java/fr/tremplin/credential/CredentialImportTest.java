package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.RejectedLine.Reason;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing credential files through the staff service, on the embedded MariaDB: all or nothing, and secret. */
@TremplinTest
class CredentialImportTest {

    private static final String NEXT_YEAR = LocalDate.now().plusYears(1).toString();

    @Autowired
    CredentialPools service;
    @Autowired
    DSLContext dsl;
    @Autowired
    PoolDao pools;
    @Autowired
    CredentialSealer sealer;
    private StaffFixtures fixtures;
    private Staff admin;
    private final List<PoolFixture> made = new ArrayList<>();

    @BeforeEach
    void signInABranchAdmin() {
        fixtures = new StaffFixtures(dsl);
        admin = fixtures.create("ba", StaffRole.BRANCH_ADMIN, PoolFixture.BRANCH_CODE);
        StaffFixtures.signIn(admin);
    }

    @AfterEach
    void cleanUp() {
        made.forEach(PoolFixture::remove);
        fixtures.cleanUp();
    }

    @Test
    void oneBadLineOutOfAHundredAddsNothing() {
        PoolFixture pool = pool();
        List<String> lines = new ArrayList<>(List.of("login;password;valid until"));
        for (int i = 1; i <= 100; i++) {
            lines.add("user-" + i + ";pw-" + i + ";" + (i == 57 ? "2030-02-30" : NEXT_YEAR));
        }

        ImportPreview preview = service.preview(pool.poolId, "codes.csv", utf8(lines));

        assertThat(preview.toAdd()).isEqualTo(99);
        assertThat(preview.rejected()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).as("user-57 is on line 58, after the header").isEqualTo(58);
            assertThat(r.reason()).isEqualTo(Reason.BAD_DATE);
            assertThat(r.details()).containsExactly("valid until", "2030-02-30");
        });
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> service.importPreviewed(preview)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("staff.credentials.error.not-importable");
        assertThat(service.countCredentials(pool.poolId)).isZero();
    }

    @Test
    void aLineAlreadyInThePoolIsRejectedWithItsLineNumber() {
        PoolFixture pool = pool();
        service.importPreviewed(service.preview(pool.poolId, "first.csv",
                utf8(List.of("code", "AAAA-1111", "BBBB-2222", "CCCC-3333"))));

        ImportPreview second = service.preview(pool.poolId, "second.csv",
                utf8(List.of("code", "DDDD-4444", "BBBB-2222", "EEEE-5555")));

        assertThat(second.rejected()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(Reason.ALREADY_IN_POOL);
        });
        assertThat(second.importable()).isFalse();
        assertThat(service.countCredentials(pool.poolId)).isEqualTo(3);
    }

    @Test
    void aPoolThatChangedSinceThePreviewImportsNothing() {
        PoolFixture pool = pool();
        ImportPreview preview = service.preview(pool.poolId, "codes.csv", utf8(List.of("code", "X-1", "X-2", "X-3")));
        service.importPreviewed(service.preview(pool.poolId, "other.csv", utf8(List.of("code", "X-2"))));

        assertThatThrownBy(() -> service.importPreviewed(preview)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("staff.credentials.error.pool-changed");
                    assertThat(e.arguments()).containsExactly(3);
                });
        assertThat(service.countCredentials(pool.poolId)).as("only the other file's line").isEqualTo(1);
    }

    @Test
    void tenThousandLinesArePreviewedAndImported() {
        PoolFixture pool = pool();
        List<String> lines = new ArrayList<>(List.of("login,password,valid from,valid until,note"));
        for (int i = 1; i <= 10_000; i++) {
            lines.add("learner-" + i + ",secret-" + i + ",,31/12/2099,batch " + (i % 10));
        }
        byte[] file = utf8(lines);

        long start = System.nanoTime();
        ImportPreview preview = service.preview(pool.poolId, "big.csv", file);
        long previewed = System.nanoTime();
        int added = service.importPreviewed(preview);
        long imported = System.nanoTime();

        System.out.printf("10,000 credentials (%d KB): preview %d ms, import %d ms%n", file.length / 1024,
                (previewed - start) / 1_000_000, (imported - previewed) / 1_000_000);
        assertThat(added).isEqualTo(10_000);
        assertThat(service.countCredentials(pool.poolId)).isEqualTo(10_000);
    }

    @Test
    void aLatin1FileWithSemicolonsAndAFrenchHeaderImports() {
        PoolFixture pool = pool();
        byte[] file = String.join("\r\n", "Identifiant;Mot de passe;Valable jusqu'au;Remarque",
                "élodie.martin;pâté-1;31/12/2030;Réservé à l'accueil", "zoé.durand;crème-2;31/12/2030;")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview preview = service.preview(pool.poolId, "codes.csv", file);
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.sample()).extracting(ImportPreview.SampleLine::maskedIdentity)
                .allSatisfy(masked -> assertThat(masked).doesNotContain("martin", "durand"));
        assertThat(service.importPreviewed(preview)).isEqualTo(2);

        List<CredentialRow> rows = service.credentials(pool.poolId, 0, 10);
        assertThat(rows).extracting(CredentialRow::validUntil).containsOnly(LocalDate.of(2030, 12, 31));
        assertThat(rows).extracting(CredentialRow::note).containsExactly("Réservé à l'accueil", null);
    }

    @Test
    void secretsAreEncryptedAtRestAndNeverInTheAuditLogOrTheExport() {
        PoolFixture pool = pool();
        List<String> secrets = List.of("agnès.leroy", "Tr0ub4dor&3", "kévin.petit", "mot-de-passe-évident",
                "secretcode-77");
        byte[] file = utf8(List.of("login;password;note", secrets.get(0) + ";" + secrets.get(1) + ";desk 1",
                secrets.get(2) + ";" + secrets.get(3) + ";desk 2"));
        byte[] codes = utf8(List.of("code", secrets.get(4)));
        PoolFixture codePool = pool();
        service.importPreviewed(service.preview(pool.poolId, "logins.csv", file));
        service.importPreviewed(service.preview(codePool.poolId, "codes.csv", codes));

        List<byte[]> stored = new ArrayList<>();
        for (Record row : dsl.select(CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER, CREDENTIAL.LOGIN_DIGEST,
                CREDENTIAL.NOTE).from(CREDENTIAL).where(CREDENTIAL.POOL_ID.in(pool.poolId, codePool.poolId)).fetch()) {
            stored.add(row.get(CREDENTIAL.LOGIN_CIPHER));
            stored.add(row.get(CREDENTIAL.SECRET_CIPHER));
            stored.add(row.get(CREDENTIAL.LOGIN_DIGEST));
            stored.add(row.get(CREDENTIAL.NOTE) == null ? null : row.get(CREDENTIAL.NOTE).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(stored).as("3 credentials, 4 columns each").hasSize(12);
        assertThat(stored.stream().filter(b -> b != null && b.length > 0)).as("the ciphers are there").hasSizeGreaterThan(6);
        List<String> audit = dsl.select(AUDIT_ENTRY.BEFORE_STATE, AUDIT_ENTRY.AFTER_STATE).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.STAFF_USER_ID.eq(admin.id())).fetch()
                .map(r -> r.value1() + " " + r.value2());
        assertThat(audit).as("two imports audited").anySatisfy(a -> assertThat(a).contains("logins.csv"));
        String export = new String(service.export(pool.poolId), StandardCharsets.UTF_8)
                + new String(service.export(codePool.poolId), StandardCharsets.UTF_8);
        assertThat(export).contains("desk 1", "desk 2");

        for (String secret : secrets) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
                byte[] clear = secret.getBytes(charset);
                assertThat(stored).as(secret + " in " + charset).noneMatch(column -> contains(column, clear));
            }
            assertThat(audit).as("audit log").noneMatch(entry -> entry.contains(secret));
            assertThat(export).as("export").doesNotContain(secret);
        }
    }

    private PoolFixture pool() {
        PoolFixture pool = PoolFixture.create(dsl, pools, sealer, AccessMode.POOL_CODE, PoolSettings.DEFAULT);
        made.add(pool);
        return pool;
    }

    private static byte[] utf8(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
