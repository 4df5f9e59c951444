package fr.tremplin.core.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded MariaDB that cannot start into a short start-up message instead of a stack trace. */
class EmbeddedDbFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDbStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDbStartException cause) {
        return new FailureAnalysis("The embedded database could not start: " + cause.getMessage(), cause.action(),
                cause);
    }
}
