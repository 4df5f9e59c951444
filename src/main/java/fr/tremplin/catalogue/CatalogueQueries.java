package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED_TEXT;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_DEVICE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_LANGUAGE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_NEED;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import fr.tremplin.core.db.jooq.tables.Need;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

/** What kiosks read of the catalogue: only enabled offers of resources and needs that are not retired. */
@Repository
class CatalogueQueries {

    private final DSLContext dsl;

    CatalogueQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Top-level needs for which the branch offers at least one resource, in taxonomy order. */
    List<NeedTile> offeredNeeds(String branchCode, Language language) {
        Need served = NEED.as("served");
        Condition servesThisNeed = served.ID.eq(NEED.ID).or(served.PARENT_ID.eq(NEED.ID));
        return needTiles(NEED.PARENT_ID.isNull().and(exists(offeredIn(branchCode)
                .join(served).on(served.ID.eq(RESOURCE_NEED.NEED_ID)).where(servesThisNeed))), language);
    }

    /** Every need and sub-need in use, labelled in the language (the search's theme facet names them all). */
    List<NeedTile> allNeeds(Language language) {
        return needTiles(DSL.trueCondition(), language);
    }

    /** Sub-needs of {@code needCode} for which the branch offers at least one resource. */
    List<NeedTile> offeredSubNeeds(String branchCode, String needCode, Language language) {
        Need parent = NEED.as("parent");
        return needTiles(NEED.PARENT_ID.eq(select(parent.ID).from(parent).where(parent.CODE.eq(needCode)))
                .and(exists(offeredIn(branchCode).where(RESOURCE_NEED.NEED_ID.eq(NEED.ID)))), language);
    }

    /**
     * Resources the branch offers for a need: for a top-level need, those serving it or any of its sub-needs;
     * for a sub-need, those serving it or its parent as a whole.
     */
    List<ResourceCard> offeredResources(String branchCode, String needCode, Language language) {
        Need served = NEED.as("served");
        Need asked = NEED.as("asked");
        Condition fits = served.CODE.eq(needCode).or(served.PARENT_ID.eq(asked.ID))
                .or(served.ID.eq(asked.PARENT_ID));
        return resources(branchCode, exists(selectOne().from(RESOURCE_NEED)
                .join(served).on(served.ID.eq(RESOURCE_NEED.NEED_ID))
                .crossJoin(asked)
                .where(RESOURCE_NEED.RESOURCE_ID.eq(RESOURCE.ID)).and(asked.CODE.eq(needCode))
                .and(served.RETIRED_AT.isNull()).and(fits)), language);
    }

    /** One enabled offer of the branch, whatever need it serves. */
    Optional<ResourceCard> offeredResource(String branchCode, String resourceCode, Language language) {
        return resources(branchCode, RESOURCE.CODE.eq(resourceCode), language).stream().findFirst();
    }

    private List<ResourceCard> resources(String branchCode, Condition which, Language language) {
        Field<Map<Language, ResourceText>> texts = multiset(
                select(RESOURCE_TEXT.LOCALE, RESOURCE_TEXT.TITLE, RESOURCE_TEXT.SUMMARY, RESOURCE_TEXT.LEARN,
                        RESOURCE_TEXT.HOW_TO_ACCESS).from(RESOURCE_TEXT)
                        .where(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID)))
                .convertFrom(r -> {
                    Map<Language, ResourceText> byLanguage = new HashMap<>();
                    r.forEach(t -> Language.fromCode(t.value1()).ifPresent(l -> byLanguage.put(l,
                            new ResourceText(t.value2(), t.value3(), t.value4(), t.value5()))));
                    return byLanguage;
                });
        Field<List<String>> languages = multiset(select(RESOURCE_LANGUAGE.LOCALE).from(RESOURCE_LANGUAGE)
                .where(RESOURCE_LANGUAGE.RESOURCE_ID.eq(RESOURCE.ID)).orderBy(RESOURCE_LANGUAGE.POSITION))
                .convertFrom(r -> r.map(l -> l.value1()));
        Field<Set<Device>> devices = multiset(select(RESOURCE_DEVICE.DEVICE).from(RESOURCE_DEVICE)
                .where(RESOURCE_DEVICE.RESOURCE_ID.eq(RESOURCE.ID)))
                .convertFrom(r -> {
                    Set<Device> set = EnumSet.noneOf(Device.class);
                    r.forEach(d -> set.add(d.value1()));
                    return set;
                });
        Need needOfResource = NEED.as("need_of_resource");
        Field<Set<String>> needCodes = multiset(select(needOfResource.CODE).from(RESOURCE_NEED)
                .join(needOfResource).on(needOfResource.ID.eq(RESOURCE_NEED.NEED_ID))
                .where(RESOURCE_NEED.RESOURCE_ID.eq(RESOURCE.ID)))
                .convertFrom(r -> new HashSet<>(r.map(n -> n.value1())));
        return dsl.select(RESOURCE.CODE, RESOURCE.PUBLISHER, RESOURCE.URL,
                        coalesce(OFFER.ACCESS_MODE_OVERRIDE, RESOURCE.ACCESS_MODE), RESOURCE.LEVEL_MIN,
                        RESOURCE.LEVEL_MAX, RESOURCE.WORKS_FROM_HOME, RESOURCE.SESSION_MINUTES, RESOURCE.PICTOGRAM,
                        languages, devices, needCodes, texts)
                .from(RESOURCE)
                .join(OFFER).on(OFFER.RESOURCE_ID.eq(RESOURCE.ID))
                .join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(BRANCH.CODE.eq(branchCode)).and(OFFER.ENABLED.isTrue()).and(RESOURCE.RETIRED_AT.isNull())
                .and(which)
                .orderBy(RESOURCE.CODE)
                .fetch(r -> new ResourceCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        Translations.pick(r.value13(), language)));
    }

    /** The web address of a resource that is not retired. */
    Optional<String> resourceUrl(String resourceCode) {
        return dsl.select(RESOURCE.URL).from(RESOURCE)
                .where(RESOURCE.CODE.eq(resourceCode)).and(RESOURCE.RETIRED_AT.isNull()).and(RESOURCE.URL.isNotNull())
                .fetchOptional(RESOURCE.URL);
    }

    /** Enabled offers of resources that are not retired, in a branch, joined with the needs they serve. */
    private SelectJoinStep<Record1<Integer>> offeredIn(String branchCode) {
        return selectOne().from(OFFER
                .join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID).and(BRANCH.CODE.eq(branchCode)))
                .join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID).and(RESOURCE.RETIRED_AT.isNull()))
                .join(RESOURCE_NEED).on(RESOURCE_NEED.RESOURCE_ID.eq(RESOURCE.ID))
                .and(OFFER.ENABLED.isTrue()));
    }

    private List<NeedTile> needTiles(Condition condition, Language language) {
        Field<Map<Language, String>> labels = multiset(select(NEED_TEXT.LOCALE, NEED_TEXT.LABEL).from(NEED_TEXT)
                .where(NEED_TEXT.NEED_ID.eq(NEED.ID)))
                .convertFrom(r -> {
                    Map<Language, String> byLanguage = new HashMap<>();
                    r.forEach(t -> Language.fromCode(t.value1()).ifPresent(l -> byLanguage.put(l, t.value2())));
                    return byLanguage;
                });
        return dsl.select(NEED.CODE, NEED.PICTOGRAM, labels).from(NEED)
                .where(condition).and(NEED.RETIRED_AT.isNull())
                .orderBy(NEED.POSITION, NEED.CODE)
                .fetch(r -> new NeedTile(r.value1(), Translations.pick(r.value3(), language), r.value2()));
    }
}
