package fr.tremplin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Freezes the test suite's embedded MariaDB (SIGSTOP), as a hung server or a stalled disk would, and thaws it
 * (SIGCONT) when closed: use it in try-with-resources so the server always comes back.
 */
public final class FrozenDatabase implements AutoCloseable {

    private static final Path TEST_DB = Path.of("target", "test-db").toAbsolutePath().normalize();

    private final long pid;

    private FrozenDatabase(long pid) {
        this.pid = pid;
        signal("STOP");
    }

    public static FrozenDatabase freeze() {
        return new FrozenDatabase(pid());
    }

    @Override
    public void close() {
        signal("CONT");
    }

    /** The test server's mariadbd: the one whose command line names the suite's data folder. */
    static long pid() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains("mariadbd") && commandLine(p).contains(TEST_DB.toString()))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No mariadbd running on " + TEST_DB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
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
