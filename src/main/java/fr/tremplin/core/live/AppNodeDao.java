package fr.tremplin.core.live;

import static fr.tremplin.core.db.jooq.Tables.APP_NODE;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AppNodeDao {

    private final DSLContext dsl;

    AppNodeDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    void seen(long id, LocalDateTime startedAt, LocalDateTime now) {
        dsl.insertInto(APP_NODE, APP_NODE.ID, APP_NODE.STARTED_AT, APP_NODE.SEEN_AT).values(id, startedAt, now)
                .onDuplicateKeyUpdate().set(APP_NODE.SEEN_AT, now).execute();
        // Nodes gone for a day are forgotten: their sessions were closed long ago.
        dsl.deleteFrom(APP_NODE).where(APP_NODE.SEEN_AT.lt(now.minusDays(1))).execute();
    }

    boolean seenSince(long id, LocalDateTime since) {
        return dsl.fetchExists(APP_NODE, APP_NODE.ID.eq(id).and(APP_NODE.SEEN_AT.ge(since)));
    }
}
