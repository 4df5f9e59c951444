package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED;

import fr.tremplin.core.domain.LanguageLevel;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Records of the shelves written straight to the database for search tests; all ids start with "t-search-". */
final class SearchFixtures {

    static final String PREFIX = "t-search-";
    /** A word only these fixtures contain, to look at their facets alone. */
    static final String MARKER = "tremplinsearchmarker";
    static final String LUNEVILLE = "T-SEARCH-LUN";
    static final String PLATEAU = "T-SEARCH-PDH";
    static final String NOWHERE = "T-SEARCH-NOWHERE";

    private final DSLContext dsl;

    SearchFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Copy(String libraryCode, String status) {
    }

    void libraries() {
        map(LUNEVILLE, "luneville");
        map(PLATEAU, "nancy-plateau-de-haye");
        map(NOWHERE, null);
    }

    void map(String libraryCode, String branchCode) {
        Long branchId = branchCode == null ? null
                : dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).fetchOne(BRANCH.ID);
        dsl.insertInto(HOLDING_LIBRARY).set(HOLDING_LIBRARY.LIBRARY_CODE, libraryCode)
                .set(HOLDING_LIBRARY.BRANCH_ID, branchId)
                .onDuplicateKeyUpdate().set(HOLDING_LIBRARY.BRANCH_ID, branchId).execute();
    }

    void holding(String id, String title, String authors, String language, LanguageLevel min, LanguageLevel max,
            List<String> needs, Copy... copies) {
        long holdingId = dsl.insertInto(HOLDING).set(HOLDING.RECORD_ID, PREFIX + id)
                .set(HOLDING.MARC_FORMAT, "UNIMARC").set(HOLDING.TITLE, title).set(HOLDING.AUTHORS, authors)
                .set(HOLDING.LANGUAGE, language).set(HOLDING.LEVEL_MIN, min).set(HOLDING.LEVEL_MAX, max)
                .set(HOLDING.SUBJECTS, MARKER).set(HOLDING.PUB_YEAR, 2020).set(HOLDING.CONTENT_HASH, new byte[32])
                .returningResult(HOLDING.ID).fetchOne().value1();
        for (String need : needs) {
            dsl.insertInto(HOLDING_NEED).set(HOLDING_NEED.HOLDING_ID, holdingId)
                    .set(HOLDING_NEED.NEED_ID, dsl.select(NEED.ID).from(NEED).where(NEED.CODE.eq(need))
                            .fetchOne(NEED.ID)).execute();
        }
        for (int i = 0; i < copies.length; i++) {
            dsl.insertInto(HOLDING_ITEM).set(HOLDING_ITEM.HOLDING_ID, holdingId).set(HOLDING_ITEM.POSITION, i + 1)
                    .set(HOLDING_ITEM.LIBRARY_CODE, copies[i].libraryCode()).set(HOLDING_ITEM.STATUS,
                            copies[i].status()).set(HOLDING_ITEM.SHELF_MARK, "448 " + id).execute();
        }
    }

    void retire(String id) {
        dsl.update(HOLDING).set(HOLDING.RETIRED_AT, DSL.currentLocalDateTime(6))
                .set(HOLDING.UPDATED_AT, DSL.currentLocalDateTime(6))
                .where(HOLDING.RECORD_ID.eq(PREFIX + id)).execute();
    }

    void deleteAll() {
        dsl.deleteFrom(HOLDING).where(HOLDING.RECORD_ID.startsWith(PREFIX)).execute();
        dsl.deleteFrom(HOLDING_LIBRARY).where(HOLDING_LIBRARY.LIBRARY_CODE.startsWith("T-SEARCH-")).execute();
    }
}
