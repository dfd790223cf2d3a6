package fr.passerelle.sync;

import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the HTTP clients of the sync with timeouts suited to a mobile office's network. */
public final class SyncClients {
    private SyncClients() {
    }

    public static OkHttpClient http() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .retryOnConnectionFailure(false) // our RetryPolicy decides, for safe requests only
                .build();
    }

    /** A bundle sync from {@code from} into the cache behind {@code cache}, its state in {@code folder}. */
    public static SyncRun bundleSync(String from, CacheImport cache, SyncFolder folder, SanityRules sanity, Clock clock)
            throws SyncException {
        HttpUrl manifest = BundleClient.manifestUrl(from);
        return new SyncRun(new BundleClient(http(), manifest, RetryPolicy.standard()), cache, folder, sanity, clock);
    }
}
