package fr.tremplin.core.live;

import fr.tremplin.core.domain.ConfigurationChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries configuration changes between nodes (DESIGN.md, "Scaling out"): a change committed here is signalled
 * through the database, and a change signalled by another node is published here as a {@link ConfigurationChanged}
 * event, so that the caches of every node (branches, needs, offers, the search index) agree within a poll, with no
 * broker.
 */
@Component
class ConfigurationBroadcast {

    private final LiveSignals signals;

    ConfigurationBroadcast(LiveSignals signals, ApplicationEventPublisher events) {
        this.signals = signals;
        signals.subscribeFromOtherNodes(LiveTopics.CONFIGURATION,
                () -> events.publishEvent(new ConfigurationChanged("changed on another node", true)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void tellOtherNodes(ConfigurationChanged change) {
        if (!change.fromAnotherNode()) {
            signals.publish(LiveTopics.CONFIGURATION);
        }
    }
}
