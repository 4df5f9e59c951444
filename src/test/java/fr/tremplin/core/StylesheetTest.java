package fr.tremplin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's blocks close where they should: one missing brace (a merge, say) silently turns every rule after
 * it into a rule nested in the one before, and the browser drops them without a word.
 */
class StylesheetTest {

    @Test
    void everyBlockOfTheStylesheetIsClosedAndNoTopLevelRuleIsNested() throws IOException {
        String css = Files.readString(Path.of("frontend", "styles", "tremplin.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        boolean inMedia = false;
        for (String text : css.split("\n", -1)) {
            if (depth == 0) {
                inMedia = text.startsWith("@");
            }
            if (!text.isBlank() && !text.startsWith(" ") && !text.startsWith("}")) {
                assertThat(depth).as("line %d starts a rule inside another block: %s", line, text).isZero();
            }
            for (char c : text.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertThat(depth).as("line %d closes a block that is not open", line).isNotNegative();
            }
            assertThat(depth).as("line %d nests deeper than an at-rule allows", line).isLessThanOrEqualTo(inMedia ? 2 : 1);
            line++;
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
