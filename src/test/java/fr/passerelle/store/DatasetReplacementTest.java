package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.BMO_DIFFICULTY;
import static fr.passerelle.store.db.Tables.NAF_LABEL;
import static fr.passerelle.store.db.Tables.OFFER_COUNT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What a new import replaces: a national file replaces its previous version, a regional file only its own region,
 * a survey year only its own year.
 */
class DatasetReplacementTest extends SampleSeededCacheTest {
    private static final String SAMPLE_OFFERS = "job_offers/offres_par_commune_rome_20211221_hauts_de_france.csv";

    @Test
    void importingTheSameNationalFileTwiceKeepsOneDataset() throws ImportException {
        Path labels = SharedData.sample("labonneboite/naf_labels.csv");

        ImportFixtures.importPaths(database, labels);
        ImportFixtures.importPaths(database, labels);

        assertEquals(List.of(47), datasets("lbb.naf_labels").stream().map(DatasetInfo::rowsStored).toList());
        assertEquals(47, database.database().dsl().fetchCount(NAF_LABEL));
    }

    @Test
    void reimportingTheSameFilesLeavesTheCacheIdentical() throws ImportException {
        String seeded = CacheDigest.of(database);

        ImportFixtures.importPaths(database, SharedData.samples());

        assertEquals(seeded, CacheDigest.of(database));
    }

    @Test
    void aNewVersionOfANationalFileReplacesTheOldRows() throws IOException, ImportException {
        Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D,Supermarchés\r\n4711F,Hypermarchés\r\n", UTF_8);

        ImportFixtures.importPaths(database, in.resolve("naf_labels.csv"));

        assertEquals(List.of(2), datasets("lbb.naf_labels").stream().map(DatasetInfo::rowsStored).toList());
        assertEquals(2, database.database().dsl().fetchCount(NAF_LABEL));
    }

    @Test
    void aRegionalFileOfAnotherRegionAddsASecondDataset() throws IOException, ImportException {
        Files.writeString(in.resolve("offres_par_commune_rome_20211221_normandie.csv"),
                "code_commune_insee,code_rome,nb_offres,date_extraction\r\n76540,D1505,12,2021-12-21\r\n", UTF_8);

        ImportFixtures.importPaths(database, in.resolve("offres_par_commune_rome_20211221_normandie.csv"));

        Map<String, Integer> rowsByScope = datasets("market.offers_commune").stream()
                .collect(Collectors.toMap(DatasetInfo::scope, DatasetInfo::rowsStored));
        assertEquals(Map.of("offres_par_commune_rome_hauts_de_france", 164, "offres_par_commune_rome_normandie", 1), rowsByScope);
        assertEquals(165, database.database().dsl().fetchCount(OFFER_COUNT, OFFER_COUNT.TERRITORY_LEVEL.eq("commune")));
    }

    @Test
    void aRegionalFileOfAnotherRegionLeavesTheFirstRegionUntouched() throws IOException, ImportException {
        DatasetInfo before = datasets("market.offers_commune").get(0);
        Files.writeString(in.resolve("offres_par_commune_rome_20211221_normandie.csv"),
                "code_commune_insee,code_rome,nb_offres,date_extraction\r\n76540,D1505,12,2021-12-21\r\n", UTF_8);

        ImportFixtures.importPaths(database, in.resolve("offres_par_commune_rome_20211221_normandie.csv"));

        DatasetInfo after = datasets("market.offers_commune").stream()
                .filter(d -> d.scope().equals("offres_par_commune_rome_hauts_de_france")).findFirst().orElseThrow();
        assertEquals(before, after);
        assertEquals(ImportFixtures.sha256(SharedData.sample(SAMPLE_OFFERS)), after.sha256());
    }

    @Test
    void aNewerExtractionOfTheSameRegionReplacesTheOlderOne() throws IOException, ImportException {
        Files.writeString(in.resolve("offres_par_commune_rome_20220115_hauts_de_france.csv"),
                "code_commune_insee,code_rome,nb_offres,date_extraction\r\n59350,D1505,31,2022-01-15\r\n", UTF_8);

        ImportFixtures.importPaths(database, in.resolve("offres_par_commune_rome_20220115_hauts_de_france.csv"));

        assertEquals(List.of("2022-01-15 1"), datasets("market.offers_commune").stream()
                .map(d -> d.version() + " " + d.rowsStored()).toList());
        assertEquals(1, database.database().dsl().fetchCount(OFFER_COUNT, OFFER_COUNT.TERRITORY_LEVEL.eq("commune")));
    }

    @Test
    void bmoSurveysOfDifferentYearsLiveSideBySide() throws IOException, ImportException {
        Files.copy(SharedData.sample("labour_market/bmo2020_difficulte_recrutement_fap_rome.csv"),
                in.resolve("bmo2019_difficulte_recrutement_fap_rome.csv"));

        ImportFixtures.importPaths(database, in.resolve("bmo2019_difficulte_recrutement_fap_rome.csv"));

        assertEquals(List.of("2019 2019 28", "2020 2020 28"), datasets("market.bmo_difficulty").stream()
                .map(d -> d.scope() + " " + d.version() + " " + d.rowsStored()).toList());
        Map<Integer, Integer> rowsByYear = database.database().dsl().select(BMO_DIFFICULTY.SURVEY_YEAR, DSL.count()).from(BMO_DIFFICULTY)
                .groupBy(BMO_DIFFICULTY.SURVEY_YEAR).fetchMap(BMO_DIFFICULTY.SURVEY_YEAR, DSL.count());
        assertEquals(Map.of(2019, 28, 2020, 28), rowsByYear);
    }

    @Test
    void replacingADatasetLeavesTheOtherDatasetsIdentical() throws IOException, ImportException {
        Map<String, DatasetInfo> before = byKey();
        Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D,Supermarchés\r\n", UTF_8);

        ImportFixtures.importPaths(database, in.resolve("naf_labels.csv"));

        Map<String, DatasetInfo> after = byKey();
        before.remove("lbb.naf_labels/");
        after.remove("lbb.naf_labels/");
        assertEquals(before, after);
    }

    private List<DatasetInfo> datasets(String kind) {
        return new DatasetStore(database.database()).all().stream().filter(d -> d.kind().equals(kind)).toList();
    }

    private Map<String, DatasetInfo> byKey() {
        return new DatasetStore(database.database()).all().stream().collect(Collectors.toMap(DatasetInfo::key, d -> d));
    }
}
