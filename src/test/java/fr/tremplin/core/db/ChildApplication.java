package fr.tremplin.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Tremplin in a JVM of its own, from the test class path, on a data folder of the test's choice: what a library's
 * server runs, so that it can be killed like one. Its console goes to {@code target/<name>.log}.
 */
final class ChildApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ChildApplication start(Path folder, String name) {
        Path log = Path.of("target", name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "fr.tremplin.Application",
                "--server.port=" + port,
                "--tremplin.embedded-db.directory=" + folder,
                // Everything the database side says, so a test can check what is (and is not) in the log.
                "--logging.level.fr.tremplin.core.db=debug",
                "--vaadin.devmode.devTools.enabled=false"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new ChildApplication(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its embedded {@code mariadbd}, a child of its JVM. */
    Optional<ProcessHandle> mariadbd() {
        return process.children().filter(p -> p.info().command().filter(c -> c.endsWith("/mariadbd")).isPresent())
                .findFirst();
    }

    /** The HTTP status of {@code path}, or -1 when nothing answers. */
    int status(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls readiness until its status satisfies {@code expected}; fails after {@code timeout} or if the JVM ends. */
    void awaitReadiness(IntPredicate expected, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status;
        while (!expected.test(status = status("/actuator/health/readiness"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(what + " not seen within " + timeout + " (last status " + status
                        + ", alive " + process.isAlive() + "); log: " + log.toAbsolutePath());
            }
            Thread.sleep(250);
        }
    }

    /** Stops it as a service manager would (SIGTERM), then forcibly, with its MariaDB if that was left behind. */
    @Override
    public void close() throws InterruptedException {
        Optional<ProcessHandle> mariadbd = mariadbd();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        mariadbd.ifPresent(m -> MariaDbProcesses.stop(m, Duration.ofSeconds(10)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
