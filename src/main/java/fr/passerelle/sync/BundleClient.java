package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.core.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The bundle adapter of {@link CentralApi} over HTTP (any static server or CDN will do): conditional GET of the
 * manifest (If-None-Match), downloads resumed with a Range header from what is already on disk.
 */
public final class BundleClient implements CentralApi {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    /** Resumptions of one file within a run before giving up for now (the next run resumes again). */
    private static final int RESUMES = 5;

    private final HttpCalls calls;
    private final HttpUrl manifestUrl;

    public BundleClient(OkHttpClient http, HttpUrl manifestUrl, RetryPolicy retry) {
        this.calls = new HttpCalls(http, retry);
        this.manifestUrl = manifestUrl;
    }

    /** {@code from} is the manifest's URL, or a folder URL holding {@code manifest.json}. */
    public static HttpUrl manifestUrl(String from) throws SyncException {
        HttpUrl url = HttpUrl.parse(from);
        if (url == null) {
            throw new SyncException(Message.of("sync.from.invalid", Param.label(from)));
        }
        String path = url.encodedPath();
        return path.endsWith(".json") ? url : url.resolve(path.endsWith("/") ? "manifest.json" : path + "/manifest.json");
    }

    public HttpUrl manifestUrl() {
        return manifestUrl;
    }

    @Override
    public Optional<Fetched> manifest(String etag) throws SyncException {
        Request.Builder request = new Request.Builder().url(manifestUrl).header("Accept", "application/json");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        try (Response response = calls.execute(request.build())) {
            if (response.code() == 304) {
                return Optional.empty();
            }
            if (response.code() != 200) {
                throw failure(Message.of("sync.manifest"), response);
            }
            byte[] body = response.body().bytes();
            return Optional.of(new Fetched(ManifestJson.read(body), response.header("ETag")));
        } catch (IOException e) {
            throw new OfflineException(Message.of("sync.manifest.cut", Param.of(HttpCalls.network(e))), e);
        }
    }

    @Override
    public void download(BundleManifest.BundleFile file, Path part, ProgressListener progress) throws SyncException {
        HttpUrl url = manifestUrl.resolve(file.url());
        if (url == null) {
            throw new SyncException(Message.of("sync.manifest.fileUrl", Param.label(file.name()), Param.label(String.valueOf(file.url()))));
        }
        for (int resume = 0; ; resume++) {
            try {
                if (fetchRest(url, file, part, progress)) {
                    return;
                }
            } catch (OfflineException e) {
                if (resume >= RESUMES) {
                    throw e;
                }
            }
            calls.retry().pause(calls.retry().backoff(resume));
        }
    }

    /** One request for what is missing; true when the part file is complete. A cut throws OfflineException. */
    private boolean fetchRest(HttpUrl url, BundleManifest.BundleFile file, Path part, ProgressListener progress)
            throws SyncException {
        long have = Files.exists(part) ? size(part) : 0;
        if (have > file.gzipBytes()) {
            delete(part);
            have = 0;
        }
        if (have == file.gzipBytes()) {
            return true;
        }
        Request.Builder request = new Request.Builder().url(url);
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        try (Response response = calls.execute(request.build())) {
            boolean append;
            if (response.code() == 206) {
                Matcher range = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
                if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                    throw new SyncException(Message.of("sync.download.resume", Param.label(file.name()),
                            Param.label(String.valueOf(response.header("Content-Range"))), SyncWords.digits(have)));
                }
                append = true;
            } else if (response.code() == 200) {
                append = false; // the server ignores Range: start again from the first byte
                have = 0;
            } else {
                throw failure(SyncWords.data(file.name()), response);
            }
            ResponseBody body = response.body();
            try (InputStream in = body.byteStream(); FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[1 << 16];
                try {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        if (have + n > file.gzipBytes()) {
                            throw new SyncException(Message.of("sync.download.tooMuch", Param.label(file.name()),
                                    SyncWords.digits(file.gzipBytes())));
                        }
                        try {
                            out.write(buffer, 0, n);
                        } catch (IOException e) {
                            // Our disk, not the network: say so rather than "offline" (what arrived stays on disk).
                            throw new SyncException(Message.of("sync.download.disk", Param.label(file.name()),
                                    Param.label(String.valueOf(part.getParent())), Param.label(String.valueOf(e.getMessage()))), e);
                        }
                        have += n;
                        progress.progress("Téléchargement " + file.name(), have, file.gzipBytes());
                        progress.checkCancelled();
                    }
                } finally {
                    // What arrived is kept, on disk, for the next attempt, even when the connection was cut.
                    out.flush();
                    channel.force(true);
                }
            }
            return have == file.gzipBytes();
        } catch (IOException e) {
            throw new OfflineException(Message.of("sync.download.cut", Param.label(file.name()), SyncWords.digits(size(part)),
                    Param.of(HttpCalls.network(e))), e);
        }
    }

    private static SyncException failure(Message what, Response response) {
        Param code = SyncWords.digits(response.code());
        if (response.code() >= 500 || response.code() == 429) {
            return new OfflineException(Message.of("sync.http.status.retried", Param.of(what), code), null);
        }
        return new SyncException(Message.of("sync.http.status", Param.of(what), code));
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) throws SyncException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SyncException(Message.of("sync.download.delete", Param.label(file.toString()),
                    Param.label(String.valueOf(e.getMessage()))), e);
        }
    }
}
