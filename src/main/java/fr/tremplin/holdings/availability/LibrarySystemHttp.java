package fr.tremplin.holdings.availability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to a library system with a short timeout: a kiosk screen waits for the answer, so a slow library
 * system must cost a patron seconds at most, never minutes.
 */
final class LibrarySystemHttp {

    private final HttpClient client;
    private final Duration timeout;

    LibrarySystemHttp(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
    }

    /** Starts a GET whose answer is the status and the body; {@link #await} waits for it. */
    CompletableFuture<Answer> get(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept)
                .header("User-Agent", "Tremplin kiosk").GET().build();
        // The request timeout ends at the headers; a body that trickles in is cut off as well.
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new Answer(response.statusCode(), response.body()))
                .orTimeout(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for an answer started by {@link #get}, turning every failure into a {@link LibrarySystemException}. */
    static Answer await(CompletableFuture<Answer> pending, URI uri) throws LibrarySystemException {
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean late = cause instanceof HttpTimeoutException || cause instanceof TimeoutException;
            String why = late ? "no answer in time" : describe(cause);
            throw new LibrarySystemException(why + " from " + uri.getHost(), cause);
        }
    }

    private static String describe(Throwable cause) {
        return cause instanceof IOException ? "connection failed (" + cause.getClass().getSimpleName() + ")"
                : cause.getClass().getSimpleName();
    }

    record Answer(int status, byte[] body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
