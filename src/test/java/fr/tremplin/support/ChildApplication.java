package fr.tremplin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;

/**
 * Tremplin in a JVM of its own, from the test class path, with settings of the test's choice: what a library's
 * server runs, so that it can be killed like one. Its console goes to {@code target/<name>.log}.
 */
public final class ChildApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** @param settings its settings as arguments, {@code --name=value} */
    public static ChildApplication start(String name, String... settings) {
        Path log = Path.of("target", name + ".log");
        int port = LocalPorts.free();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "fr.tremplin.Application",
                "--server.port=" + port,
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(List.of(settings));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new ChildApplication(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its embedded {@code mariadbd}, a child of its JVM. */
    public Optional<ProcessHandle> mariadbd() {
        return process.children().filter(p -> p.info().command().filter(c -> c.endsWith("/mariadbd")).isPresent())
                .findFirst();
    }

    /** The HTTP status of {@code path}, or -1 when nothing answers. */
    public int status(String path) {
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
    public void awaitReadiness(IntPredicate expected, String what, Duration timeout) throws InterruptedException {
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

    public int port() {
        return port;
    }

    /** Stops it as a service manager would (SIGTERM), then forcibly, with any child process left behind. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            stop(child);
        }
    }

    /** {@code kill -9}: the JVM ends at once, with no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static void stop(ProcessHandle child) throws InterruptedException {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            child.destroyForcibly();
        }
    }
}
