package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;

import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes what holdings.yml says of branches: their library-system codes and live availability. */
@Repository
class HoldingsConfigDao {

    private final DSLContext dsl;

    HoldingsConfigDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return how many mappings changed */
    int mapLibraries(Map<String, String> branchByLibraryCode) {
        int changed = 0;
        for (Map.Entry<String, String> entry : branchByLibraryCode.entrySet()) {
            Long branchId = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(entry.getValue()))
                    .fetchOne(BRANCH.ID);
            changed += dsl.insertInto(HOLDING_LIBRARY, HOLDING_LIBRARY.LIBRARY_CODE, HOLDING_LIBRARY.BRANCH_ID)
                    .values(entry.getKey(), branchId)
                    .onDuplicateKeyUpdate().set(HOLDING_LIBRARY.BRANCH_ID, branchId)
                    .execute() > 0 ? 1 : 0;
        }
        return changed;
    }

    /** Sets each branch's availability source; branches the file does not name have none. */
    void setAvailability(Map<String, HoldingsSettings.AvailabilitySetting> byBranch) {
        dsl.update(BRANCH).set(BRANCH.AVAILABILITY_KIND, (String) null).set(BRANCH.AVAILABILITY_URL, (String) null)
                .where(BRANCH.CODE.notIn(byBranch.keySet())).and(BRANCH.AVAILABILITY_KIND.isNotNull()).execute();
        byBranch.forEach((code, setting) -> dsl.update(BRANCH)
                .set(BRANCH.AVAILABILITY_KIND, setting.kind().name()).set(BRANCH.AVAILABILITY_URL, setting.url())
                .where(BRANCH.CODE.eq(code)).execute());
    }
}
