package fr.tremplin.core.live;

import static fr.tremplin.core.db.jooq.Tables.LIVE_SIGNAL;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class LiveSignalDao {

    private static final int MAX_PER_POLL = 5000;
    private final DSLContext dsl;

    LiveSignalDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Signal(long id, String topic, String node, LocalDateTime createdAt) {
    }

    /** A random name for this process among the nodes (12 hex characters). */
    void insert(String topic, String node) {
        dsl.insertInto(LIVE_SIGNAL).set(LIVE_SIGNAL.TOPIC, topic).set(LIVE_SIGNAL.NODE, node).execute();
    }

    LocalDateTime now() {
        return dsl.select(DSL.currentLocalDateTime(6)).fetchOne().value1();
    }

    List<Signal> since(LocalDateTime from) {
        return dsl.select(LIVE_SIGNAL.ID, LIVE_SIGNAL.TOPIC, LIVE_SIGNAL.NODE, LIVE_SIGNAL.CREATED_AT)
                .from(LIVE_SIGNAL).where(LIVE_SIGNAL.CREATED_AT.ge(from))
                .orderBy(LIVE_SIGNAL.CREATED_AT, LIVE_SIGNAL.ID).limit(MAX_PER_POLL)
                .fetch(r -> new Signal(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void deleteBefore(LocalDateTime before) {
        dsl.deleteFrom(LIVE_SIGNAL).where(LIVE_SIGNAL.CREATED_AT.lt(before)).execute();
    }
}
