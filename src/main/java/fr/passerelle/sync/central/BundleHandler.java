package fr.passerelle.sync.central;

import com.sun.net.httpserver.HttpExchange;
import fr.passerelle.sync.BundleManifest;
import fr.passerelle.sync.ManifestJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves the manifest (with its ETag, 304 on If-None-Match) and the gzips (with Range), injecting faults.get(). */
final class BundleHandler {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private static final Pattern FILE = Pattern.compile("/files/([0-9a-f]{64}\\.gz)");

    private final BundleManifest manifest;
    private final Path files;
    private final java.util.function.Supplier<FaultPlan> faults;

    BundleHandler(BundleManifest manifest, Path files, java.util.function.Supplier<FaultPlan> faults) {
        this.manifest = manifest;
        this.files = files;
        this.faults = faults;
    }

    String etag() {
        return "\"" + manifest.version() + "\"";
    }

    void manifest(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("ETag", etag());
        if (etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            Exchanges.send(exchange, 304, null, null);
            return;
        }
        byte[] body = ManifestJson.write(manifest);
        if (faults.get().malformNow()) {
            body = java.util.Arrays.copyOf(body, body.length / 2);
        }
        Exchanges.send(exchange, 200, "application/json", body);
    }

    void file(HttpExchange exchange) throws IOException {
        Matcher name = FILE.matcher(exchange.getRequestURI().getPath());
        Path file = name.matches() ? files.resolve(name.group(1)) : null;
        if (file == null || !Files.isRegularFile(file)) {
            Exchanges.send(exchange, 404, "text/plain", "fichier inconnu".getBytes());
            return;
        }
        long length = Files.size(file);
        long start = 0;
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            start = Long.parseLong(m.group(1));
            faults.get().counters().resumed.incrementAndGet();
            if (start >= length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + length);
                Exchanges.send(exchange, 416, null, null);
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (length - 1) + "/" + length);
        }
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        exchange.getResponseHeaders().set("Content-Type", "application/gzip");
        long cutAfter = faults.get().cutThisDownload();
        boolean garble = faults.get().garbleThisDownload();
        exchange.sendResponseHeaders(start > 0 ? 206 : 200, length - start);
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[8192];
            long sent = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (garble) {
                    buffer[0] ^= 0x5A; // the client must notice by the SHA-256
                }
                if (cutAfter >= 0 && sent + n > cutAfter) {
                    out.write(buffer, 0, (int) (cutAfter - sent));
                    out.flush();
                    faults.get().cutDone();
                    // Drop the connection mid-body: the client sees a premature end of stream.
                    throw new CutException();
                }
                out.write(buffer, 0, n);
                sent += n;
            }
        }
        exchange.close();
    }

    /** Thrown to abandon an exchange: the JDK server then closes the connection without completing the body. */
    static final class CutException extends IOException {
        CutException() {
            super("coupure injectée");
        }
    }
}
