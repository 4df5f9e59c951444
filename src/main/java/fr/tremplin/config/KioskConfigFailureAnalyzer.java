package fr.tremplin.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken kiosk-config file into a short start-up message instead of a stack trace. */
class KioskConfigFailureAnalyzer extends AbstractFailureAnalyzer<KioskConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KioskConfigException cause) {
        return new FailureAnalysis("The kiosk configuration could not be loaded.\n\n    " + cause.getMessage(),
                "Correct that file and start Tremplin again. Nothing was written to the database.", cause);
    }
}
