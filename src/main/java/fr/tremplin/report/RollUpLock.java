package fr.tremplin.report;

import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * A named MariaDB lock ({@code GET_LOCK}) held on a connection of its own while some work runs, so the nodes of a
 * cluster take turns instead of doing the same work at once. Where the server refuses named locks (a Galera cluster
 * may), the work runs anyway: it must be safe without the lock, the lock only saves doing it twice.
 */
@Repository
class RollUpLock {

    private static final Logger LOG = LoggerFactory.getLogger(RollUpLock.class);

    private final DSLContext dsl;

    RollUpLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The work's result, or empty when another node holds the lock (then the work is left to it). */
    <T> Optional<T> whileHeld(String name, Supplier<T> work) {
        return dsl.connectionResult(connection -> {
            var session = DSL.using(connection, dsl.dialect());
            boolean held;
            try {
                Integer got = session.select(DSL.field("GET_LOCK({0}, 0)", Integer.class, DSL.val(name)))
                        .fetchOne(0, Integer.class);
                if (got == null || got != 1) {
                    return Optional.empty();
                }
                held = true;
            } catch (DataAccessException e) {
                LOG.debug("No named lock {}, the work runs unlocked: {}", name, e.getMessage());
                held = false;
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                if (held) {
                    session.select(DSL.field("RELEASE_LOCK({0})", Integer.class, DSL.val(name))).execute();
                }
            }
        });
    }
}
