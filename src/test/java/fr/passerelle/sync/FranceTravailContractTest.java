package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The France Travail adapter against recorded answers (specs/francetravail-api.md, the real sample offers of
 * specs/samples replayed): token, paging with range and Content-Range, 204, the 400 messages, token expiry, 429.
 */
class FranceTravailContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "{\"scope\":\"api_offresdemploiv2 o2dsoffre\",\"expires_in\":1499,\"token_type\":\"Bearer\",\"access_token\":\"%s\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<Duration> sleeps = new ArrayList<>();
    private MutableClock clock;
    private FranceTravailClient client;
    private ObjectNode sampleOffer;

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void client() throws Exception {
        clock = new MutableClock();
        PartnerConfig config = new PartnerConfig(server.url("/partenaire").toString(),
                server.url("/connexion/oauth2/access_token").toString(), "PAR_test_0123", "s3cr3t-value", true);
        RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), sleeps::add, new Random(1));
        RateLimiter none = new RateLimiter(1000, System::nanoTime, d -> { });
        client = new FranceTravailClient(SyncClients.http(), config, retry, clock, none, none);
        sampleOffer = (ObjectNode) MAPPER.readTree(Files.readString(sample("offres-v2-offre-180HSFM.json")));
    }

    private static Path sample(String name) {
        String shared = System.getProperty("passerelle.shared");
        Path file = shared == null ? null : Path.of(shared, "specs", "samples", name);
        assumeTrue(file != null && Files.exists(file), "real France Travail samples not found: test skipped");
        return file;
    }

    private String page(int from, int count) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode results = body.putArray("resultats");
        for (int i = 0; i < count; i++) {
            results.add(sampleOffer.deepCopy().put("id", "O" + (from + i)));
        }
        body.putArray("filtresPossibles");
        return body.toString();
    }

    private void token(String value) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json;charset=UTF-8")
                .body(String.format(TOKEN, value)).build());
    }

    private void offers(int code, String contentRange, String body) {
        MockResponse.Builder r = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json");
        if (contentRange != null) {
            r.addHeader("Content-Range", contentRange).addHeader("Accept-Range", "150");
        }
        server.enqueue(r.body(body).build());
    }

    @Test
    void pagesWithRangeWindowsOf150Until200AndMapsTheRealSample() throws Exception {
        token("t1");
        offers(206, "offres 0-149/353", page(0, 150));
        offers(206, "offres 150-299/353", page(150, 150));
        offers(200, "offres 300-352/353", page(300, 53));

        PartnerApi.OfferHarvest harvest = client.offers(List.of(new RomeCode("C1302")), List.of("34"));

        assertEquals(353, harvest.offers().size());
        assertTrue(harvest.truncated().isEmpty());
        RecordedRequest tokenRequest = server.takeRequest();
        assertEquals("POST", tokenRequest.getMethod());
        assertEquals("/partenaire", tokenRequest.getUrl().queryParameter("realm"));
        String form = tokenRequest.getBody().utf8();
        assertTrue(form.contains("grant_type=client_credentials"), form);
        assertTrue(form.contains("scope=application_PAR_test_0123+api_offresdemploiv2+o2dsoffre"), form);
        for (String range : List.of("0-149", "150-299", "300-449")) {
            RecordedRequest r = server.takeRequest();
            assertEquals(range, r.getUrl().queryParameter("range"));
            assertEquals("C1302", r.getUrl().queryParameter("codeROME"));
            assertEquals("34", r.getUrl().queryParameter("departement"));
            assertEquals("Bearer t1", r.getHeaders().get("Authorization"));
        }
        JobOffer first = harvest.offers().get(0);
        assertEquals("Gestionnaire back office (banque) (F/H)", first.title());
        assertEquals("RANDSTAD ind.tert.transp. infor.", first.employer());
        assertEquals("34172", first.communeInsee());
        assertEquals("34 - Montpellier", first.place());
        assertEquals("Intérim - 2 Mois", first.contract());
        assertEquals(Instant.parse("2024-08-30T16:52:28.632Z"), first.createdAt());
        assertEquals(clock.now, first.fetchedAt());
        assertEquals(43.610476, first.latitude());
        assertEquals(3.87048, first.longitude());
    }

    @Test
    void noMatchIs204WithAnEmptyBody() throws Exception {
        token("t1");
        server.enqueue(new MockResponse.Builder().code(204).build());
        assertTrue(client.offers(List.of(new RomeCode("A1101")), List.of("59")).offers().isEmpty());
    }

    @Test
    void aRefusedWindowSaysTheApisMessage() {
        token("t1");
        offers(400, null, "{\"message\":\"La position de début doit être inférieure ou égale à 3000.\",\"codeHttp\":400,\"codeErreur\":\"X\"}");
        SyncException e = assertThrows(SyncException.class, () -> client.offers(List.of(new RomeCode("A1101")), List.of()));
        assertEquals("Offres d'emploi : HTTP 400 : La position de début doit être inférieure ou égale à 3000.", e.getMessage());
    }

    @Test
    void anExpiredTokenIsMintedAgainAndTheCallReplayedOnce() throws Exception {
        token("old");
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Bearer").build());
        token("new");
        offers(200, "offres 0-0/1", page(0, 1));

        assertEquals(1, client.offers(List.of(new RomeCode("C1302")), List.of()).offers().size());
        assertEquals(2, client.tokensMinted());
        server.takeRequest();
        assertEquals("Bearer old", server.takeRequest().getHeaders().get("Authorization"));
        server.takeRequest();
        assertEquals("Bearer new", server.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void theTokenIsReusedThenRefreshedAMinuteBeforeItExpires() throws Exception {
        token("t1");
        offers(200, "offres 0-0/1", page(0, 1));
        offers(200, "offres 0-0/1", page(0, 1));
        token("t2");
        offers(200, "offres 0-0/1", page(0, 1));
        client.offers(List.of(new RomeCode("C1302")), List.of());
        clock.now = clock.now.plusSeconds(1499 - 61);
        client.offers(List.of(new RomeCode("C1302")), List.of());
        assertEquals(1, client.tokensMinted());
        clock.now = clock.now.plusSeconds(2);
        client.offers(List.of(new RomeCode("C1302")), List.of());
        assertEquals(2, client.tokensMinted());
    }

    @Test
    void a429WaitsItsRetryAfterThenTheCallGoesThrough() throws Exception {
        token("t1");
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        server.enqueue(new MockResponse.Builder().code(429).build());
        offers(200, "offres 0-0/1", page(0, 1));
        assertEquals(1, client.offers(List.of(new RomeCode("C1302")), List.of()).offers().size());
        assertEquals(Duration.ofSeconds(2), sleeps.get(0));
        assertTrue(sleeps.get(1).compareTo(Duration.ZERO) > 0 && sleeps.get(1).compareTo(Duration.ofSeconds(2)) <= 0,
                "without Retry-After: jittered backoff up to 2 s for the second retry: " + sleeps);
    }

    @Test
    void aQueryPastTheCeilingIsSlicedByDepartement() throws Exception {
        token("t1");
        offers(206, "offres 0-149/5000", page(0, 150));
        offers(200, "offres 0-1/2", page(1000, 2));
        offers(200, "offres 0-0/1", page(2000, 1));
        PartnerApi.OfferHarvest harvest = client.offers(List.of(new RomeCode("C1302")), List.of("59", "62"));
        server.takeRequest();
        assertEquals("59,62", server.takeRequest().getUrl().queryParameter("departement"));
        assertEquals("59", server.takeRequest().getUrl().queryParameter("departement"));
        assertEquals("62", server.takeRequest().getUrl().queryParameter("departement"));
        assertEquals(153, harvest.offers().size());
    }

    @Test
    void aBadSecretIsSaidInFrenchAndTheTokenRequestIsNotRetried() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}").build());
        SyncException e = assertThrows(SyncException.class, () -> client.metiers());
        assertEquals("jeton France Travail refusé : invalid_client (Client authentication failed) : vérifiez l'identifiant"
                + " et le secret", e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aPostIsNeverRetriedEvenOnA503() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        assertThrows(SyncException.class, () -> client.metiers());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void laBonneBoiteAndRomeAnswersAreMappedAndUnknownFieldsIgnored() throws Exception {
        token("lbb");
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"id\":1000,\"siret\":\"77561959600155\","
                + "\"company_name\":\"BLANCHISSERIE LA FENSCH\",\"naf\":\"8810C\",\"naf_label\":\"x\",\"headcount_min\":5,"
                + "\"headcount_max\":10,\"location\":{\"lat\":49.3225,\"lon\":6.08067},\"city\":\"SEREMANGE-ERZANGE\","
                + "\"postcode\":\"57290\",\"department_number\":\"57\",\"new_field\":true}]}").build());
        token("rome");
        server.enqueue(new MockResponse.Builder().code(200).body("[{\"code\":\"A1201\",\"libelle\":\"Bûcheronnage et élagage\"},"
                + "{\"code\":\"bad\",\"libelle\":\"?\"}]").build());
        PartnerApi.CompanyHit company = client.companies(new RomeCode("K1304"), 49.3, 6.1, 10).get(0);
        assertEquals("77561959600155", company.siret());
        assertEquals(10, company.headcountMax());
        List<PartnerApi.Metier> metiers = client.metiers();
        assertEquals(List.of(new PartnerApi.Metier(new RomeCode("A1201"), "Bûcheronnage et élagage")), metiers);
    }

    @Test
    void theSecretNeverAppearsInTheConfigurationsText() {
        PartnerConfig config = new PartnerConfig("a", "b", "id", "very-secret", true);
        assertFalse(config.toString().contains("very-secret"));
        assertNull(new PartnerConfig("a", "b", null, null, true).clientId());
    }
}
