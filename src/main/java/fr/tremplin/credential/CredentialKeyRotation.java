package fr.tremplin.credential;

import fr.tremplin.credential.CredentialCipher.Column;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, re-encrypts every secret still under a previous key with the current one (README, "Credential
 * keys"): a batch per transaction, so a stop midway loses nothing and the next start goes on. Login digests are
 * recomputed too; library-card hashes under the old key cannot be, and are dropped. A secret under a key that is not
 * configured at all is reported (by count, never by content): those credentials cannot be handed out until the key
 * is configured again.
 */
@Component
class CredentialKeyRotation implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialKeyRotation.class);
    private static final int BATCH = 500;

    private final CredentialDao credentials;
    private final CredentialCipher cipher;
    private final TransactionTemplate transactions;

    CredentialKeyRotation(CredentialDao credentials, CredentialCipher cipher, TransactionTemplate transactions) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Result result = rotate();
            if (result.resealed() > 0) {
                LOG.info("Credential keys: {} credentials re-encrypted with the current key", result.resealed());
            }
            if (result.unreadable() > 0) {
                LOG.error("Credential keys: {} credentials are under a key that is not configured; they cannot be "
                        + "handed out. Configure the key they were stored with in tremplin.credentials.key or "
                        + "previous-keys (README, \"Credential keys\").", result.unreadable());
            }
        } catch (RuntimeException e) {
            LOG.error("Credential keys: the check of the stored credentials failed ({}); it runs again at the next "
                    + "start", e.toString());
        }
    }

    /** What a rotation did. */
    record Result(int resealed, int unreadable) {
    }

    Result rotate() {
        int resealed = 0;
        int unreadable = 0;
        long after = 0;
        while (true) {
            List<CredentialDao.Sealed> batch = new ArrayList<>(BATCH);
            credentials.forEachSealed(after, BATCH, cipher.currentHeader(), batch::add);
            if (batch.isEmpty()) {
                return new Result(resealed, unreadable);
            }
            after = batch.get(batch.size() - 1).id();
            int[] counts = transactions.execute(status -> reseal(batch));
            resealed += counts[0];
            unreadable += counts[1];
        }
    }

    private int[] reseal(List<CredentialDao.Sealed> batch) {
        int resealed = 0;
        int unreadable = 0;
        for (CredentialDao.Sealed row : batch) {
            boolean old = row.loginCipher() != null && cipher.needsReencryption(row.loginCipher())
                    || row.secretCipher() != null && cipher.needsReencryption(row.secretCipher());
            if (!old) {
                continue;
            }
            try {
                String login = row.loginCipher() == null ? null
                        : cipher.decrypt(row.loginCipher(), row.poolId(), Column.LOGIN);
                String secret = row.secretCipher() == null ? null
                        : cipher.decrypt(row.secretCipher(), row.poolId(), Column.SECRET);
                String identity = login != null ? login : secret;
                credentials.reseal(row.id(), cipher.loginDigest(identity),
                        login == null ? null : cipher.encrypt(login, row.poolId(), Column.LOGIN),
                        secret == null ? null : cipher.encrypt(secret, row.poolId(), Column.SECRET));
                resealed++;
            } catch (CredentialKeyException e) {
                unreadable++;
            }
        }
        return new int[] {resealed, unreadable};
    }
}
