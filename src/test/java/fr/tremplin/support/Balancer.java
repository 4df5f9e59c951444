package fr.tremplin.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * HAProxy (Debian's) in front of application nodes on 127.0.0.1, configured by the sample the repository ships
 * ({@code src/main/deploy/haproxy.cfg}) with only its addresses changed, so a test proves the sample itself. Its log
 * goes to {@code target/haproxy.log}.
 */
public final class Balancer implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/sbin/haproxy");
    /** The cookie by which the sample keeps a browser to its node; its value is the node's name. */
    public static final String COOKIE = "TREMPLIN_NODE";
    private static final Path SAMPLE = Path.of("src", "main", "deploy", "haproxy.cfg");
    private static final Pattern BIND = Pattern.compile("(?m)^(\\s+)bind :80$");
    private static final Pattern SERVERS = Pattern.compile("(?m)^(\\s+)server node1 .*\\R\\s+server node2 .*$");

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** @param nodes each node's name (its cookie value) and port, in order */
    public static Balancer start(Map<String, Integer> nodes) throws IOException, InterruptedException {
        int port = LocalPorts.free();
        Path config = Path.of("target", "haproxy.cfg");
        Files.writeString(config, configuration(Files.readString(SAMPLE), port, nodes));
        check(config);
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy.log").toFile()).start();
        Balancer balancer = new Balancer(process, port);
        balancer.awaitListening();
        return balancer;
    }

    /** The sample with its listening address and its servers replaced; fails if the sample no longer has them. */
    static String configuration(String sample, int port, Map<String, Integer> nodes) {
        if (!BIND.matcher(sample).find() || !SERVERS.matcher(sample).find()) {
            throw new IllegalStateException(SAMPLE + " no longer has the 'bind :80' and 'server node1/node2' lines"
                    + " this test replaces: update Balancer with it");
        }
        List<String> servers = new ArrayList<>();
        nodes.forEach((name, nodePort) -> servers.add("server " + name + " 127.0.0.1:" + nodePort + " check cookie "
                + name));
        String withBind = BIND.matcher(sample).replaceFirst("$1bind 127.0.0.1:" + port);
        return SERVERS.matcher(withBind).replaceFirst("$1" + String.join("\n    ", servers));
    }

    private static void check(Path config) throws IOException, InterruptedException {
        Process check = new ProcessBuilder(EXECUTABLE.toString(), "-c", "-f", config.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new IllegalStateException("HAProxy refuses " + config + ": " + output);
        }
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy is not listening on " + port + "; see target/haproxy.log");
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
