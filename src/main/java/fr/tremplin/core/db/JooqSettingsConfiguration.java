package fr.tremplin.core.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ settings shared by every query, on the embedded server and on an external one alike. */
@Configuration(proxyBeanMethods = false)
public class JooqSettingsConfiguration {

    /**
     * MULTISET is emulated with GROUP_CONCAT on MariaDB. jOOQ would raise group_concat_max_len around each such query
     * with extra statements, which the driver refuses without allowMultiQueries; MariaDB's default limit (1 MB)
     * is far above what a nested list of ours holds, so skip that.
     */
    @Bean
    DefaultConfigurationCustomizer tremplinJooqSettings() {
        return configuration -> configuration.settings()
                .withRenderGroupConcatMaxLenSessionVariable(false);
    }
}
