package fr.tremplin.holdings.availability;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class BranchAvailabilityDao {

    private final DSLContext dsl;

    BranchAvailabilityDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live availability settings of an active branch; none when it has none or they are not usable. */
    Optional<AvailabilitySettings> find(String branchCode) {
        return dsl.select(BRANCH.AVAILABILITY_KIND, BRANCH.AVAILABILITY_URL).from(BRANCH)
                .where(BRANCH.CODE.eq(branchCode)).and(BRANCH.RETIRED_AT.isNull())
                .fetchOptional()
                .flatMap(r -> AvailabilitySettings.of(r.value1(), r.value2()));
    }
}
