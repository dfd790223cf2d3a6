package fr.passerelle.sync;

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
                    throw new OfflineException("serveur injoignable (" + request.url().host() + ":" + request.url().port()
                            + ") : " + describe(e), e);
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
        String french;
        if (e instanceof java.net.ConnectException) {
            french = "connexion refusée (serveur arrêté ?)";
        } else if (e instanceof java.net.UnknownHostException) {
            french = "nom de serveur inconnu (pas de réseau ?)";
        } else if (e instanceof java.net.SocketTimeoutException) {
            french = "pas de réponse dans le délai";
        } else if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("unexpected end of stream")) {
            french = "connexion coupée en cours de transfert";
        } else {
            french = "erreur réseau";
        }
        return french + " [" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " : " + e.getMessage()) + "]";
    }
}
