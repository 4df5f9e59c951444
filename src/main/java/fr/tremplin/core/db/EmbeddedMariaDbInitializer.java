package fr.tremplin.core.db;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded MariaDB (when no {@code spring.datasource.url} is set) as the application context begins: the
 * quick checks first, so that a folder in use or under java.io.tmpdir stops Tremplin within a second or two with
 * only the failure report (no web server started and stopped, no "cancelling refresh" warning); then the server
 * itself in the background while the context is built, which saves seconds of start-up. The server becomes the
 * {@code embeddedMariaDb} bean when it is up, and is closed with the context.
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedMariaDbStartup";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getParent() != null || !EmbeddedMariaDbConfiguration.isEmbedded(context.getEnvironment())) {
            return;
        }
        EmbeddedMariaDbProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("tremplin.embedded-db", EmbeddedMariaDbProperties.class);
        EmbeddedMariaDbStartup startup = new EmbeddedMariaDbStartup(EmbeddedMariaDb.begin(properties.directory(),
                properties.port(), properties.database()));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, startup);
        beans.registerDisposableBean(BEAN_NAME, startup::close);
    }
}
