package fr.tremplin.core.db;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A save written as a block rather than a {@code @Transactional} method (to keep slow work, such as hashing a
 * password, out of the transaction): run in a transaction of its own, and run again as {@link SaveRetry} runs
 * {@code @Transactional} saves, unless its commit may have landed.
 */
@Component
public class RetriedTransaction {

    private final TransactionTemplate transaction;
    private final TransientRetry retry;

    RetriedTransaction(PlatformTransactionManager transactions, TransientRetry retry) {
        this.transaction = new TransactionTemplate(transactions);
        this.retry = retry;
    }

    /** @param what names the work in the log (never its data) */
    public void run(String what, Runnable work) {
        retry.runSave(what, () -> {
            transaction.executeWithoutResult(status -> work.run());
            return null;
        });
    }
}
