package fr.tremplin.holdings;

import org.springframework.stereotype.Component;

/** The holdings settings this node loaded from kiosk-config (every node loads the same files at start-up). */
@Component
class HoldingsSettingsHolder {

    private volatile HoldingsSettings current = HoldingsSettings.NONE;

    HoldingsSettings current() {
        return current;
    }

    void set(HoldingsSettings settings) {
        this.current = settings;
    }
}
