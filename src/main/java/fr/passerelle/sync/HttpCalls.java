package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes a request with the retry policy: a safe request is tried again on a cut connection, a 429 or a 5xx; any
 * other request is tried once (a POST may have been applied even if its answer was lost). A connection that cannot be
 * made at all, after the retries, is "hors ligne" ({@link OfflineException}), not an error.
 */
final class HttpCalls {
    private final OkHttpClient http;
    private final RetryPolicy retry;

    HttpCalls(OkHttpClient http, RetryPolicy retry) {
        this.http = http;
        this.retry = retry;
    }

    RetryPolicy retry() {
        return retry;
    }

    /** The response (caller closes it); a retried status still there after the retries is returned as is. */
    Response execute(Request request) throws SyncException {
        boolean safe = RetryPolicy.isSafe(request.method());
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = http.newCall(request).execute();
            } catch (IOException e) {
                if (!safe || attempt >= retry.maxRetries()) {
                    throw new OfflineException(Message.of("sync.http.unreachable", Param.label(request.url().host()),
                            SyncWords.digits(request.url().port()), Param.of(network(e))), e);
                }
                retry.pause(retry.backoff(attempt));
                continue;
            }
            if (safe && RetryPolicy.isRetriedStatus(response.code()) && attempt < retry.maxRetries()) {
                String retryAfter = response.header("Retry-After");
                response.close();
                retry.pause(retry.delay(attempt, retryAfter));
                continue;
            }
            return response;
        }
    }

    /** The cause in French first (what a counsellor can act on), the technical text after for support. */
    static String describe(IOException e) {
        return MessageRenderer.french().render(network(e));
    }

    /**
     * The cause in the reader's words first (what a counsellor can act on), the technical text after for support,
     * as the JDK wrote it (data: the same in both languages).
     */
    static Message network(IOException e) {
        String cause;
        if (e instanceof java.net.ConnectException) {
            cause = "sync.net.refused";
        } else if (e instanceof java.net.UnknownHostException) {
            cause = "sync.net.unknownHost";
        } else if (e instanceof java.net.SocketTimeoutException) {
            cause = "sync.net.timeout";
        } else if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("unexpected end of stream")) {
            cause = "sync.net.cut";
        } else {
            cause = "sync.net.other";
        }
        Param said = Param.of(Message.of(cause));
        Param type = Param.label(e.getClass().getSimpleName());
        return e.getMessage() == null ? Message.of("sync.net.detail", said, type)
                : Message.of("sync.net.detail.message", said, type, Param.label(e.getMessage()));
    }
}
