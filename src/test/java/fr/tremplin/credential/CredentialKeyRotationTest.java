package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.credential.CredentialCipher.Column;
import fr.tremplin.support.TremplinTest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A key rotation at start-up re-encrypts what an old key sealed, on the embedded MariaDB. */
@TremplinTest
class CredentialKeyRotationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PoolDao pools;
    @Autowired
    CredentialDao credentials;
    @Autowired
    CredentialSealer sealer;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void secretsUnderThePreviousKeyAreResealedUnderTheNewOne() {
        PoolFixture pool = PoolFixture.create(dsl, pools, sealer, AccessMode.POOL_CODE, PoolSettings.DEFAULT);
        byte[] oldKey = key();
        byte[] newKey = key();
        CredentialCipher old = new CredentialCipher(CredentialKeys.of(oldKey, List.of()));
        CredentialLine line = new CredentialLine(1, "rotated.login", "rotated-secret", null, LocalDate.now(), null);
        credentials.insertAll(pool.poolId, List.of(new CredentialSealer(old).seal(pool.poolId, line)));

        CredentialCipher rotated = new CredentialCipher(CredentialKeys.of(newKey, List.of(oldKey)));
        CredentialKeyRotation.Result result = new CredentialKeyRotation(credentials, rotated, transactions).rotate();

        // Only this test's credential was under the old key; the others of the test database are under the
        // application's key, which this rotation does not know: counted as unreadable, left as they are.
        assertThat(result.resealed()).isEqualTo(1);
        var row = dsl.select(CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER, CREDENTIAL.LOGIN_DIGEST)
                .from(CREDENTIAL).where(CREDENTIAL.POOL_ID.eq(pool.poolId)).fetchOne();
        CredentialCipher newOnly = new CredentialCipher(CredentialKeys.of(newKey, List.of()));
        assertThat(newOnly.decrypt(row.value1(), pool.poolId, Column.LOGIN)).isEqualTo("rotated.login");
        assertThat(newOnly.decrypt(row.value2(), pool.poolId, Column.SECRET)).isEqualTo("rotated-secret");
        assertThat(row.value3()).isEqualTo(newOnly.loginDigest("rotated.login"));
        assertThat(new CredentialKeyRotation(credentials, rotated, transactions).rotate().resealed())
                .as("a second start has nothing left to do").isZero();
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
