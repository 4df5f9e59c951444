package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.REPORT_NOTE;
import static org.jooq.impl.DSL.select;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReportNoteDao {

    private final DSLContext dsl;

    ReportNoteDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ReportNote> notes(YearMonth from, YearMonth to, Collection<String> branches) {
        return dsl.select(BRANCH.CODE, BRANCH.NAME, REPORT_NOTE.MONTH, REPORT_NOTE.BODY, REPORT_NOTE.WRITTEN_BY,
                        REPORT_NOTE.WRITTEN_AT)
                .from(REPORT_NOTE).join(BRANCH).on(BRANCH.ID.eq(REPORT_NOTE.BRANCH_ID))
                .where(REPORT_NOTE.MONTH.between(from.toString(), to.toString()))
                .and(branches == null ? org.jooq.impl.DSL.trueCondition() : BRANCH.CODE.in(branches))
                .orderBy(REPORT_NOTE.MONTH, BRANCH.NAME)
                .fetch(r -> new ReportNote(r.value1(), r.value2(), YearMonth.parse(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    /** Writes the note of a branch and month, replacing the one there was; an empty body removes it. */
    void write(String branchCode, YearMonth month, String body, String username, LocalDateTime now) {
        if (body == null) {
            dsl.deleteFrom(REPORT_NOTE).where(REPORT_NOTE.MONTH.eq(month.toString()))
                    .and(REPORT_NOTE.BRANCH_ID.eq(select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode))))
                    .execute();
            return;
        }
        dsl.insertInto(REPORT_NOTE)
                .set(REPORT_NOTE.BRANCH_ID, select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)))
                .set(REPORT_NOTE.MONTH, month.toString())
                .set(REPORT_NOTE.BODY, body)
                .set(REPORT_NOTE.WRITTEN_BY, username)
                .set(REPORT_NOTE.WRITTEN_AT, now)
                .onDuplicateKeyUpdate()
                .set(REPORT_NOTE.BODY, body)
                .set(REPORT_NOTE.WRITTEN_BY, username)
                .set(REPORT_NOTE.WRITTEN_AT, now)
                .execute();
    }
}
