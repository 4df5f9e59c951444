package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Library codes, the branch each stands for, and how many live copies use them. */
@Repository
class HoldingLibrariesDao {

    private final DSLContext dsl;

    HoldingLibrariesDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Unmapped codes first, then by code. */
    List<LibraryCode> codes() {
        var usage = dsl.select(HOLDING_ITEM.LIBRARY_CODE, countDistinct(HOLDING_ITEM.HOLDING_ID).as("records"),
                        count().as("copies"))
                .from(HOLDING_ITEM).join(HOLDING).on(HOLDING.ID.eq(HOLDING_ITEM.HOLDING_ID))
                .where(HOLDING.RETIRED_AT.isNull())
                .groupBy(HOLDING_ITEM.LIBRARY_CODE).asTable("usage");
        var usageCode = usage.field(HOLDING_ITEM.LIBRARY_CODE);
        return dsl.select(HOLDING_LIBRARY.LIBRARY_CODE, BRANCH.CODE, BRANCH.NAME,
                        coalesce(usage.field("records", Integer.class), inline(0)),
                        coalesce(usage.field("copies", Integer.class), inline(0)))
                .from(HOLDING_LIBRARY)
                .leftJoin(BRANCH).on(BRANCH.ID.eq(HOLDING_LIBRARY.BRANCH_ID))
                .leftJoin(usage).on(usageCode.eq(HOLDING_LIBRARY.LIBRARY_CODE))
                .orderBy(HOLDING_LIBRARY.BRANCH_ID.isNull().desc(), HOLDING_LIBRARY.LIBRARY_CODE)
                .fetch(mapping(LibraryCode::new));
    }

    Optional<LibraryCode> code(String code) {
        return codes().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    List<HoldingBranch> branches() {
        return dsl.select(BRANCH.CODE, BRANCH.NAME).from(BRANCH).where(BRANCH.RETIRED_AT.isNull())
                .orderBy(BRANCH.NAME).fetch(mapping(HoldingBranch::new));
    }

    Optional<Long> branchId(String branchCode) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).and(BRANCH.RETIRED_AT.isNull())
                .fetchOptional(BRANCH.ID);
    }

    void map(String libraryCode, Long branchId) {
        dsl.update(HOLDING_LIBRARY).set(HOLDING_LIBRARY.BRANCH_ID, branchId)
                .where(HOLDING_LIBRARY.LIBRARY_CODE.eq(libraryCode)).execute();
    }
}
