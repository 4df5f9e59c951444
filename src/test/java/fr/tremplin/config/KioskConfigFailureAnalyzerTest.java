package fr.tremplin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class KioskConfigFailureAnalyzerTest {

    @Test
    void startUpFailsWithTheFileLineAndFieldInsteadOfAStackTrace() {
        KioskConfigException mistake = new KioskConfigException(Path.of("kiosk-config/catalogue.yml"), 58,
                "resources[0].accessMode", "'FREE' is not allowed");

        FailureAnalysis analysis = new KioskConfigFailureAnalyzer()
                .analyze(new BeanCreationException("kioskConfigStartup", "failed", mistake));

        assertThat(analysis.getDescription())
                .contains("kiosk-config/catalogue.yml, line 58, field resources[0].accessMode: 'FREE' is not allowed");
        assertThat(analysis.getAction()).contains("Nothing was written");
    }
}
