package fr.tremplin.core.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The embedded server while it starts in the background: unpacking, installing and starting MariaDB (seconds on a
 * fresh folder) overlaps with building the application context, and whoever needs the server waits for it here.
 * Closed with the context, after everything that uses the server.
 */
final class EmbeddedMariaDbStartup implements AutoCloseable {

    private final CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();

    EmbeddedMariaDbStartup(Supplier<EmbeddedMariaDb> start) {
        Thread thread = new Thread(() -> {
            try {
                server.complete(start.get());
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-mariadb-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The running server, once started; its start failure (one line) otherwise. */
    EmbeddedMariaDb await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            await().close();
        } catch (RuntimeException failedToStart) {
            // Nothing runs: a server that failed to start closed itself.
        }
    }
}
