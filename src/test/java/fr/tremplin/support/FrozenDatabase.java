package fr.tremplin.support;

import fr.tremplin.core.db.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Freezes the test suite's embedded MariaDB (SIGSTOP), as a hung server or a stalled disk would, and thaws it
 * (SIGCONT) when closed: use it in try-with-resources so the server always comes back.
 */
public final class FrozenDatabase implements AutoCloseable {

    private final long pid;

    private FrozenDatabase(long pid) {
        this.pid = pid;
        signal("STOP");
    }

    public static FrozenDatabase freeze(EmbeddedMariaDb server) {
        return new FrozenDatabase(server.process()
                .orElseThrow(() -> new IllegalStateException("The embedded MariaDB is not running")).pid());
    }

    @Override
    public void close() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder(List.of("kill", "-" + name, String.valueOf(pid))).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
