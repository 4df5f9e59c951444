package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED_TEXT;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * What the report shows beside its counts: the French labels of the codes and ids counted (looked up when the report
 * is shown, so a renamed need reads under its new name in every month), branches, and licences bought.
 */
@Repository
class ReportQueries {

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Labels of everything a report of these branches (codes; all when null) may count, keyed as in tallies. */
    ReportTables.Labels labels(Collection<String> branches) {
        Map<Long, String> branchNames = new HashMap<>();
        dsl.select(BRANCH.ID, BRANCH.NAME).from(BRANCH).forEach(r -> branchNames.put(r.value1(), r.value2()));
        Map<String, String> needs = new HashMap<>();
        dsl.select(NEED.ID, coalesce(NEED_TEXT.LABEL, NEED.CODE)).from(NEED)
                .leftJoin(NEED_TEXT).on(NEED_TEXT.NEED_ID.eq(NEED.ID)).and(NEED_TEXT.LOCALE.eq(inline("fr")))
                .forEach(r -> needs.put(String.valueOf(r.value1()), r.value2()));
        Map<String, String> partners = new HashMap<>();
        dsl.select(PARTNER.ID, PARTNER.NAME).from(PARTNER)
                .forEach(r -> partners.put(String.valueOf(r.value1()), r.value2()));
        Map<String, String> resources = new HashMap<>();
        dsl.select(RESOURCE.ID, coalesce(RESOURCE_TEXT.TITLE, RESOURCE.CODE)).from(RESOURCE)
                .leftJoin(RESOURCE_TEXT).on(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID))
                .and(RESOURCE_TEXT.LOCALE.eq(inline("fr")))
                .forEach(r -> resources.put(String.valueOf(r.value1()), r.value2()));
        Map<String, String> kiosks = new HashMap<>();
        dsl.select(KIOSK.ID, KIOSK.LABEL).from(KIOSK)
                .forEach(r -> kiosks.put(String.valueOf(r.value1()), r.value2()));
        return new ReportTables.Labels(branchNames, needs, partners, resources, licences(branches), kiosks,
                yearlyCosts(branches));
    }

    /** The yearly cost of each resource, summed over the branches' offers that set one. */
    private Map<String, java.math.BigDecimal> yearlyCosts(Collection<String> branches) {
        Map<String, java.math.BigDecimal> costs = new HashMap<>();
        dsl.select(OFFER.RESOURCE_ID, sum(OFFER.YEARLY_COST)).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(inBranches(branches)).and(OFFER.YEARLY_COST.isNotNull()).groupBy(OFFER.RESOURCE_ID)
                .forEach(r -> costs.put(String.valueOf(r.value1()), r.value2()));
        return costs;
    }

    /** Ids of these branches (codes), or null for all. */
    List<Long> branchIds(Collection<String> branches) {
        return branches == null ? null
                : dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.in(branches)).fetch(BRANCH.ID);
    }

    /** Active branches (code → name), all of them when null, by name. */
    Map<String, String> branchNames(Collection<String> branches) {
        Map<String, String> names = new LinkedHashMap<>();
        dsl.select(BRANCH.CODE, BRANCH.NAME).from(BRANCH).where(BRANCH.RETIRED_AT.isNull()).and(inBranches(branches))
                .orderBy(BRANCH.NAME).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** Licences bought per resource (id) by these branches (absent where none is set). */
    private Map<String, Long> licences(Collection<String> branches) {
        Map<String, Long> licences = new HashMap<>();
        dsl.select(OFFER.RESOURCE_ID, sum(OFFER.LICENCES_BOUGHT)).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(inBranches(branches)).and(OFFER.LICENCES_BOUGHT.isNotNull()).groupBy(OFFER.RESOURCE_ID)
                .forEach(r -> licences.put(String.valueOf(r.value1()), r.value2().longValue()));
        return licences;
    }

    private static Condition inBranches(Collection<String> branches) {
        return branches == null ? DSL.trueCondition() : BRANCH.CODE.in(branches);
    }
}
