package fr.passerelle.sync.central;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local central side for development, demonstrations and tests ({@code serve-central}): bundles built from official
 * files, the France Travail-shaped endpoints from the same folder, and the agency endpoint, on the loopback interface
 * only (nothing on the network can reach it), with injected faults.
 */
public final class CentralServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService threads;
    private final BundleBuilder.Built bundle;
    private final java.util.concurrent.atomic.AtomicReference<FaultPlan> faults;

    private CentralServer(HttpServer http, ExecutorService threads, BundleBuilder.Built bundle,
                          java.util.concurrent.atomic.AtomicReference<FaultPlan> faults) {
        this.http = http;
        this.threads = threads;
        this.bundle = bundle;
        this.faults = faults;
    }

    /** Credentials the partner endpoints accept (a local demo: no real secret). */
    public record Client(String id, String secret) {
        public static final Client DEMO = new Client("PAR_passerelle_demo", "demo-secret");
    }

    public static CentralServer start(Path data, Path work, int port, FaultPlan faults, Client client, Clock clock)
            throws IOException, ImportException {
        BundleBuilder.Built bundle = BundleBuilder.build(data, work, clock);
        var current = new java.util.concurrent.atomic.AtomicReference<>(faults);
        BundleHandler bundles = new BundleHandler(bundle.manifest(), bundle.filesFolder(), current::get);
        PartnerHandler partner = new PartnerHandler(PartnerData.read(data), current::get, clock, client.id(), client.secret());
        AgencyHandler agency = new AgencyHandler(work.resolve("agence"), current::get);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "serve-central");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        CentralServer server = new CentralServer(http, threads, bundle, current);
        http.createContext("/manifest.json", e -> server.serve(e, "GET", bundles::manifest));
        http.createContext("/files/", e -> server.serve(e, "GET", bundles::file));
        http.createContext("/connexion/oauth2/access_token", e -> server.serve(e, "POST", partner::token));
        http.createContext("/partenaire/offresdemploi/v2/offres/search", e -> server.serve(e, "GET", partner::offers));
        http.createContext("/partenaire/labonneboite/v2/recherche", e -> server.serve(e, "GET", partner::companies));
        http.createContext("/partenaire/rome-metiers/v1/metiers/metier", e -> server.serve(e, "GET", partner::metiers));
        http.createContext("/agence/v1/elements", e -> server.serve(e, "POST", agency::receive));
        http.start();
        return server;
    }

    @FunctionalInterface
    private interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Latency, 429 and 5xx faults apply to every route; the route adds its own (cuts, garbage, malformed JSON). */
    private void serve(HttpExchange exchange, String method, Route route) throws IOException {
        try {
            if (!method.equals(exchange.getRequestMethod())) {
                Exchanges.send(exchange, 405, null, null);
                return;
            }
            FaultPlan faults = this.faults.get();
            int request = faults.counters().requests.incrementAndGet();
            if (faults.latencyMillis() > 0) {
                Thread.sleep(faults.latencyMillis());
            }
            if (faults.throttleNow(request)) {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(faults.retryAfterSeconds()));
                Exchanges.send(exchange, 429, null, null);
                return;
            }
            if (faults.failNow(request)) {
                Exchanges.json(exchange, 503, "{\"message\":\"Erreur technique. Veuillez contacter le support de francetravail.io.\"}");
                return;
            }
            route.handle(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
        // An IOException (an injected cut, a client gone) goes up to the JDK server, which then closes the connection:
        // the client sees the body end early, as on a real network cut.
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public BundleBuilder.Built bundle() {
        return bundle;
    }

    public FaultPlan faults() {
        return faults.get();
    }

    /**
     * Changes the faults from the next request on (a long fault series reuses one server: the JDK server takes about a
     * second to stop).
     */
    public void faults(FaultPlan plan) {
        faults.set(plan);
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
