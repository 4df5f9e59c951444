package fr.tremplin.holdings.availability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A library system on 127.0.0.1 that replays recorded answers, and counts and keeps what it was asked. */
final class FakeLibrarySystem implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    FakeLibrarySystem() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Answers requests whose path starts with {@code path} with a resource of holdings/availability, from now on
     * (in place of an earlier answer for the same path).
     */
    FakeLibrarySystem answer(String path, int status, String resource) {
        return answer(path, status, resource, Duration.ZERO);
    }

    FakeLibrarySystem answer(String path, int status, String resource, Duration delay) {
        byte[] body = read(resource);
        if (!paths.add(path)) {
            server.removeContext(path);
        }
        server.createContext(path, exchange -> reply(exchange, status, body, delay));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    private void reply(HttpExchange exchange, int status, byte[] body, Duration delay) throws IOException {
        requests.add(exchange.getRequestURI());
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type",
                    body.length > 0 && body[0] == '<' ? "text/xml; charset=UTF-8" : "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // The client gave up waiting (the timeout tests): nothing to answer to.
        }
    }

    private static byte[] read(String resource) {
        if (resource == null) {
            return new byte[0];
        }
        try (InputStream in = FakeLibrarySystem.class.getResourceAsStream("/holdings/availability/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
