package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED_TEXT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What staff read of a record's tags, and the branches holding its copies (for a branch admin's rights). */
@Repository
class RecordTagsDao {

    private final DSLContext dsl;

    RecordTagsDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredTags> find(String recordId) {
        return dsl.select(HOLDING.ID, HOLDING.RECORD_ID, HOLDING.TITLE, HOLDING.LEVEL_MIN, HOLDING.LEVEL_MAX,
                        HOLDING.TAGS_BY_STAFF, HOLDING.RETIRED_AT.isNotNull())
                .from(HOLDING).where(HOLDING.RECORD_ID.eq(recordId))
                .fetchOptional(r -> new StoredTags(r.value1(), new RecordTags(r.value2(), r.value3(),
                        new HoldingTags(needs(r.value1()), r.value4(), r.value5()), r.value6(), r.value7())));
    }

    /** The branches whose copies the record has (through mapped library codes). */
    Set<String> branchCodes(long holdingId) {
        return new HashSet<>(dsl.selectDistinct(BRANCH.CODE).from(HOLDING_ITEM)
                .join(HOLDING_LIBRARY).on(HOLDING_LIBRARY.LIBRARY_CODE.eq(HOLDING_ITEM.LIBRARY_CODE))
                .join(BRANCH).on(BRANCH.ID.eq(HOLDING_LIBRARY.BRANCH_ID))
                .where(HOLDING_ITEM.HOLDING_ID.eq(holdingId)).fetch(BRANCH.CODE));
    }

    /** Needs not retired, by French label (the code when a need has none). */
    List<NeedChoice> needs() {
        var label = coalesce(NEED_TEXT.LABEL, NEED.CODE);
        return dsl.select(NEED.CODE, label).from(NEED)
                .leftJoin(NEED_TEXT).on(NEED_TEXT.NEED_ID.eq(NEED.ID)).and(NEED_TEXT.LOCALE.eq("fr"))
                .where(NEED.RETIRED_AT.isNull()).orderBy(label)
                .fetch(mapping(NeedChoice::new));
    }

    private Set<String> needs(long holdingId) {
        return new HashSet<>(dsl.select(NEED.CODE).from(HOLDING_NEED).join(NEED).on(NEED.ID.eq(HOLDING_NEED.NEED_ID))
                .where(HOLDING_NEED.HOLDING_ID.eq(holdingId)).fetch(NEED.CODE));
    }

    record StoredTags(long holdingId, RecordTags tags) {
    }
}
