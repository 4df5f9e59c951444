package fr.tremplin.core.db;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Tells whether the current thread's transaction had begun to commit when it failed: before that, nothing of it can
 * have landed; from then on, a lost connection leaves its fate unknown. Spring Boot registers it with the
 * transaction manager.
 */
@Component
class CommitWatch implements TransactionExecutionListener {

    private static final ThreadLocal<Boolean> COMMITTING = ThreadLocal.withInitial(() -> false);

    @Override
    public void beforeBegin(TransactionExecution transaction) {
        COMMITTING.set(false);
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        COMMITTING.set(true);
    }

    static boolean commitStarted() {
        return COMMITTING.get();
    }

    static void forget() {
        COMMITTING.remove();
    }
}
