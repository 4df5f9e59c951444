package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.TremplinTest;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DESIGN.md: a patron session stores no name, e-mail, phone, IP, card number or free text. Checked on the real
 * schema: every column is a number, a time, a random id, an ENUM, or text restricted by a CHECK to a fixed list.
 */
@TremplinTest
class AnonymitySchemaTest {

    private static final Set<String> SAFE_TYPES = Set.of("bigint", "int", "tinyint", "smallint", "datetime",
            "date", "time", "enum", "binary");

    @Autowired
    DSLContext dsl;

    @ParameterizedTest
    @ValueSource(strings = {"patron_session", "session_event"})
    void noColumnCanHoldFreeText(String table) {
        List<Record> columns = dsl.resultQuery("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ?""", table).fetch();
        assertThat(columns).isNotEmpty();
        List<String> checks = dsl.resultQuery("""
                SELECT check_clause FROM information_schema.check_constraints
                WHERE constraint_schema = DATABASE() AND table_name = ?""", table).fetch(0, String.class);

        for (Record column : columns) {
            String name = column.get(0, String.class).toLowerCase();
            String type = column.get(1, String.class).toLowerCase();
            assertThat(name).as(table + "." + name)
                    .doesNotContainPattern("(?i)name|mail|phone|ip_?addr|^ip$|card|address|comment|note|text");
            if (!SAFE_TYPES.contains(type)) {
                assertThat(type).as(table + "." + name + " is text").isIn("varchar", "char");
                assertThat(checks).as(table + "." + name + " must be limited by a CHECK to a list of codes")
                        .anySatisfy(check -> assertThat(check).containsPattern("`" + name + "` in \\('"));
            }
        }
    }

    @Test
    void theSessionIdIsRandomBytesNotASequence() {
        String type = dsl.resultQuery("""
                SELECT column_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'patron_session' AND column_name = 'id'""")
                .fetchOne(0, String.class);
        assertThat(type).isEqualTo("binary(16)");
    }
}
