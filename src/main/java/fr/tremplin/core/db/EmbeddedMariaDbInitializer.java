package fr.tremplin.core.db;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded MariaDB (when no {@code spring.datasource.url} is set) before the application context is
 * refreshed, so that a folder in use or a server that cannot start stops Tremplin within a second or two with only
 * the failure report: no web server started and stopped, no "cancelling refresh" warning. The server becomes the
 * {@code embeddedMariaDb} bean, closed with the context.
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedMariaDb";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getParent() != null || !EmbeddedMariaDbConfiguration.isEmbedded(context.getEnvironment())) {
            return;
        }
        EmbeddedMariaDbProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("tremplin.embedded-db", EmbeddedMariaDbProperties.class);
        EmbeddedMariaDb server = EmbeddedMariaDb.start(properties.directory(), properties.port(),
                properties.database());
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, server);
        beans.registerDisposableBean(BEAN_NAME, server::close);
    }
}
