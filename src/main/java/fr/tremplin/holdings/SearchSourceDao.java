package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_LANGUAGE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_NEED;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import fr.tremplin.core.db.jooq.tables.Need;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads what the search index is built from: resources with their offers, holdings with their copies, needs. */
@Repository
class SearchSourceDao {

    private final DSLContext dsl;

    SearchSourceDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    LocalDateTime now() {
        return dsl.select(DSL.currentLocalDateTime(6)).fetchOne().value1();
    }

    NeedTree needTree() {
        Need parent = NEED.as("parent");
        Map<String, String> parents = new HashMap<>();
        dsl.select(NEED.CODE, parent.CODE).from(NEED).join(parent).on(parent.ID.eq(NEED.PARENT_ID))
                .forEach(r -> parents.put(r.value1(), r.value2()));
        return new NeedTree(parents);
    }

    /** Resources that are not retired, with the branches that offer them enabled. */
    List<IndexedResource> resources() {
        Field<Map<Language, IndexedResource.Text>> texts = multiset(select(RESOURCE_TEXT.LOCALE,
                RESOURCE_TEXT.TITLE, RESOURCE_TEXT.SUMMARY, RESOURCE_TEXT.LEARN).from(RESOURCE_TEXT)
                .where(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID)))
                .convertFrom(r -> {
                    Map<Language, IndexedResource.Text> byLanguage = new HashMap<>();
                    r.forEach(t -> Language.fromCode(t.value1()).ifPresent(l -> byLanguage.put(l,
                            new IndexedResource.Text(t.value2(), t.value3(), t.value4()))));
                    return byLanguage;
                });
        Field<Set<String>> languages = multiset(select(RESOURCE_LANGUAGE.LOCALE).from(RESOURCE_LANGUAGE)
                .where(RESOURCE_LANGUAGE.RESOURCE_ID.eq(RESOURCE.ID))).convertFrom(r -> new HashSet<>(r.getValues(0,
                        String.class)));
        Field<Set<String>> needs = multiset(select(NEED.CODE).from(RESOURCE_NEED).join(NEED)
                .on(NEED.ID.eq(RESOURCE_NEED.NEED_ID)).where(RESOURCE_NEED.RESOURCE_ID.eq(RESOURCE.ID))
                .and(NEED.RETIRED_AT.isNull())).convertFrom(r -> new HashSet<>(r.getValues(0, String.class)));
        Field<Set<String>> branches = multiset(select(BRANCH.CODE).from(OFFER).join(BRANCH)
                .on(BRANCH.ID.eq(OFFER.BRANCH_ID)).where(OFFER.RESOURCE_ID.eq(RESOURCE.ID))
                .and(OFFER.ENABLED.isTrue()).and(BRANCH.RETIRED_AT.isNull()))
                .convertFrom(r -> new HashSet<>(r.getValues(0, String.class)));
        return dsl.select(RESOURCE.CODE, RESOURCE.PUBLISHER, texts, RESOURCE.LEVEL_MIN, RESOURCE.LEVEL_MAX,
                        languages, needs, branches)
                .from(RESOURCE).where(RESOURCE.RETIRED_AT.isNull())
                .fetch(mapping(IndexedResource::new));
    }

    /** Every holding that is not retired. */
    List<IndexedHolding> holdings() {
        return holdings(HOLDING.RETIRED_AT.isNull());
    }

    /** Holdings changed (added, updated, retired, tagged) since the given database time. */
    List<IndexedHolding> holdingsUpdatedSince(LocalDateTime since) {
        return holdings(HOLDING.UPDATED_AT.ge(since));
    }

    /** Holdings with a copy under one of the library codes (whose branch mapping changed). */
    List<IndexedHolding> holdingsWithLibraryCodes(Collection<String> libraryCodes) {
        return holdings(DSL.exists(selectOne().from(HOLDING_ITEM).where(HOLDING_ITEM.HOLDING_ID.eq(HOLDING.ID))
                .and(HOLDING_ITEM.LIBRARY_CODE.in(libraryCodes))));
    }

    int liveHoldingCount() {
        return dsl.fetchCount(HOLDING, HOLDING.RETIRED_AT.isNull());
    }

    /** Each library code with the code of its branch, or "" when it maps to none. */
    Map<String, String> libraryMapping() {
        Map<String, String> mapping = new HashMap<>();
        dsl.select(HOLDING_LIBRARY.LIBRARY_CODE, BRANCH.CODE).from(HOLDING_LIBRARY)
                .leftJoin(BRANCH).on(BRANCH.ID.eq(HOLDING_LIBRARY.BRANCH_ID))
                .forEach(r -> mapping.put(r.value1(), r.value2() == null ? "" : r.value2()));
        return mapping;
    }

    private List<IndexedHolding> holdings(Condition which) {
        Field<List<ShelfCopy>> copies = multiset(select(HOLDING_ITEM.LIBRARY_CODE, BRANCH.CODE,
                HOLDING_ITEM.LOCATION, HOLDING_ITEM.SHELF_MARK, HOLDING_ITEM.STATUS).from(HOLDING_ITEM)
                .leftJoin(HOLDING_LIBRARY).on(HOLDING_LIBRARY.LIBRARY_CODE.eq(HOLDING_ITEM.LIBRARY_CODE))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(HOLDING_LIBRARY.BRANCH_ID).and(BRANCH.RETIRED_AT.isNull()))
                .where(HOLDING_ITEM.HOLDING_ID.eq(HOLDING.ID)).orderBy(HOLDING_ITEM.POSITION))
                .convertFrom(r -> r.map(c -> new ShelfCopy(c.value1(), c.value2(), c.value3(), c.value4(),
                        CopyStatus.valueOf(c.value5()))));
        Field<Set<String>> needs = multiset(select(NEED.CODE).from(HOLDING_NEED).join(NEED)
                .on(NEED.ID.eq(HOLDING_NEED.NEED_ID)).where(HOLDING_NEED.HOLDING_ID.eq(HOLDING.ID))
                .and(NEED.RETIRED_AT.isNull())).convertFrom(r -> new HashSet<>(r.getValues(0, String.class)));
        return dsl.select(HOLDING.RECORD_ID, HOLDING.TITLE, HOLDING.AUTHORS, HOLDING.PUBLISHER, HOLDING.PUB_YEAR,
                        HOLDING.ISBN, HOLDING.LANGUAGE, HOLDING.SUBJECTS, HOLDING.CLASSIFICATION, HOLDING.LEVEL_MIN,
                        HOLDING.LEVEL_MAX, needs, copies, HOLDING.RETIRED_AT.isNotNull())
                .from(HOLDING).where(which)
                .fetch(mapping(IndexedHolding::new));
    }
}
