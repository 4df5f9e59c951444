package fr.tremplin.holdings;

import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.holdings.availability.LiveAvailability;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes holdings.yml when kiosk-config loads: library codes, availability sources, item fields, linking rules. */
@Service
public class HoldingsConfiguration {

    private final HoldingsConfigDao dao;
    private final HoldingsSettingsHolder holder;
    private final HoldingTagging tagging;
    private final LiveSignals signals;
    private final LiveAvailability availability;

    HoldingsConfiguration(HoldingsConfigDao dao, HoldingsSettingsHolder holder, HoldingTagging tagging,
            LiveSignals signals, LiveAvailability availability) {
        this.availability = availability;
        this.dao = dao;
        this.holder = holder;
        this.tagging = tagging;
        this.signals = signals;
    }

    /** @return how many records the rules tagged again (0 when the rules did not change) */
    @Transactional
    public int apply(HoldingsSettings settings) {
        holder.set(settings);
        int mapped = dao.mapLibraries(settings.libraries());
        dao.setAvailability(settings.availability());
        availability.settingsChanged();
        int tagged = tagging.useRules(new HoldingRules(settings.rules()));
        if (mapped > 0 || tagged > 0) {
            signals.publishAfterCommit(LiveTopics.HOLDINGS);
        }
        return tagged;
    }
}
