package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import fr.passerelle.importer.offers.JobOffersFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner API's offers reach the cache as a dated Offres d'emploi v2 file, through the ordinary import. */
class OfferSyncTest {
    @TempDir
    Path home;

    private static final Instant FETCHED = Instant.parse("2026-12-01T08:00:00Z");

    /** A partner API that answers with the given offers and remembers what it was asked. */
    private static final class FakePartner implements PartnerApi {
        final List<JobOffer> answer;
        final List<List<String>> asked = new ArrayList<>();

        FakePartner(List<JobOffer> answer) {
            this.answer = answer;
        }

        @Override
        public OfferHarvest offers(List<RomeCode> romes, List<String> departements) {
            asked.add(departements);
            return new OfferHarvest(answer, List.of("D1507 × 59 : 4 000 offres, 3 150 récupérées (plafond de l'API)"));
        }

        @Override
        public List<CompanyHit> companies(RomeCode rome, double latitude, double longitude, int km) {
            throw new AssertionError("not asked");
        }

        @Override
        public List<Metier> metiers() {
            throw new AssertionError("not asked");
        }
    }

    private static List<JobOffer> harvest() {
        return List.of(
                new JobOffer("S1", "Employé de rayon (H/F)", new RomeCode("D1507"), "SUPERETTE FICTIVE", "59350", "59 - LILLE",
                        Instant.parse("2026-11-28T09:00:00Z"), "CDI", FETCHED, 50.63, 3.05),
                new JobOffer("S2", "Employée libre-service (H/F)", new RomeCode("D1507"), null, "59009", "59 - VILLENEUVE D ASCQ",
                        Instant.parse("2026-11-20T09:00:00Z"), null, FETCHED, null, null),
                new JobOffer("S3", "Préparateur de commandes (H/F)", new RomeCode("N1103"), null, null, null, null, null, FETCHED,
                        null, null));
    }

    @Test
    void writesTheOffersAsADatedAnswerAndImportsItLikeAnyFile() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            FakePartner api = new FakePartner(harvest());
            SyncFolder folder = new SyncFolder(home.resolve("sync"));
            OfferSync.Outcome outcome = new OfferSync(api, SyncFixtures.cacheOf(workstation), folder)
                    .run("hauts_de_france", List.of("59", "62"), List.of(new RomeCode("D1507")), LocalDate.of(2026, 12, 1),
                            ProgressListener.NONE);
            assertEquals(List.of(List.of("59", "62")), api.asked);
            assertEquals(home.resolve("sync/downloads/offres_emploi_v2_20261201_hauts_de_france.json"), outcome.file());
            assertEquals(3, outcome.offers());
            assertEquals(1, outcome.truncated().size());
            DatasetInfo offers = workstation.datasets().all().stream().filter(d -> d.kind().equals(JobOffersFormat.KIND))
                    .findFirst().orElseThrow();
            assertEquals("2026-12-01", offers.version());
            assertEquals("offres_emploi_v2_hauts_de_france", offers.scope());
            assertEquals(3, offers.rowsStored());
            String written = Files.readString(outcome.file());
            assertTrue(written.contains("\"latitude\" : 50.63"), written);
            assertTrue(written.contains("\"dateCreation\" : \"2026-11-28T10:00+01:00\""), written);
        }
    }

    @Test
    void anEmptyHarvestWritesNothingAndKeepsTheOffersOfTheCache() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncFolder folder = new SyncFolder(home.resolve("sync"));
            new OfferSync(new FakePartner(harvest()), SyncFixtures.cacheOf(workstation), folder)
                    .run("hauts_de_france", List.of("59"), List.of(new RomeCode("D1507")), LocalDate.of(2026, 12, 1), ProgressListener.NONE);
            List<DatasetInfo> before = workstation.datasets().all();
            OfferSync.Outcome none = new OfferSync(new FakePartner(List.of()), SyncFixtures.cacheOf(workstation), folder)
                    .run("hauts_de_france", List.of("59"), List.of(new RomeCode("D1507")), LocalDate.of(2026, 12, 2), ProgressListener.NONE);
            assertEquals(0, none.offers());
            assertNull(none.file());
            assertEquals(before, workstation.datasets().all());
            assertTrue(Files.notExists(home.resolve("sync/downloads/offres_emploi_v2_20261202_hauts_de_france.json")));
        }
    }

    /** {@code n} fictional offers of one occupation (the count is what is judged). */
    private static List<JobOffer> many(int n) {
        List<JobOffer> offers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            offers.add(new JobOffer("M" + i, "Employé de rayon (H/F)", new RomeCode("D1507"), null, "59350", "59 - LILLE",
                    Instant.parse("2026-11-28T09:00:00Z"), "CDI", FETCHED, null, null));
        }
        return offers;
    }

    @Test
    void anAnswerHoldingATinyFractionOfTheLastFetchIsRefusedAndTheCachedOffersStay() throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home), SyncFixtures.CLOCK)) {
            SyncFolder folder = new SyncFolder(home.resolve("sync"));
            List<RomeCode> romes = List.of(new RomeCode("D1507"));
            new OfferSync(new FakePartner(many(120)), SyncFixtures.cacheOf(workstation), folder)
                    .run("hauts_de_france", List.of("59"), romes, LocalDate.of(2026, 12, 1), ProgressListener.NONE);
            List<DatasetInfo> before = workstation.datasets().all();

            SyncException e = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> new OfferSync(new FakePartner(many(3)), SyncFixtures.cacheOf(workstation), folder)
                            .run("hauts_de_france", List.of("59"), romes, LocalDate.of(2026, 12, 2), ProgressListener.NONE));

            assertEquals("offres_emploi_v2_20261202_hauts_de_france.json (offres d'emploi, relève du 2 décembre 2026) :"
                    + " écart invraisemblable avec la relève précédente : offres d'emploi : 3 au lieu de 120 (×0,03 ;"
                    + " accepté à partir de ×0,10) ; les offres du cache restent (sync --accepter-ecarts pour l'accepter)",
                    e.getMessage());
            assertEquals(before, workstation.datasets().all());
            OfferSync.Outcome accepted = new OfferSync(new FakePartner(many(2)), SyncFixtures.cacheOf(workstation), folder,
                    SanityRules.acceptJumps())
                    .run("hauts_de_france", List.of("59"), romes, LocalDate.of(2026, 12, 2), ProgressListener.NONE);
            assertEquals(2, accepted.report().datasets().get(0).dataset().rowsStored());
        }
    }

    @Test
    void readsTheConfiguredRegionsAndNamesTheirFiles() throws Exception {
        assertEquals(List.of(), OfferSync.configuredRegions(home));
        Files.writeString(home.resolve("sync.properties"), "offers.regions = 32, 44\n");
        assertEquals(List.of("32", "44"), OfferSync.configuredRegions(home));
        Files.writeString(home.resolve("sync.properties"), "offers.regions=Nord\n");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> OfferSync.configuredRegions(home));
        assertTrue(e.getMessage().contains("« Nord » n'est pas un code de région INSEE"), e.getMessage());
        assertEquals("hauts_de_france", OfferSync.fileWord("Hauts-de-France"));
        assertEquals("provence_alpes_cote_d_azur", OfferSync.fileWord("Provence-Alpes-Côte d'Azur"));
    }
}
