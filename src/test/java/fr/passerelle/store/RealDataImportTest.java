package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.BMO_DIFFICULTY;
import static fr.passerelle.store.db.Tables.COMMUNE;
import static fr.passerelle.store.db.Tables.COMMUNE_POSTAL_CODE;
import static fr.passerelle.store.db.Tables.CONTACT_MODE;
import static fr.passerelle.store.db.Tables.EMPLOYMENT_AREA;
import static fr.passerelle.store.db.Tables.GEO_OUTLINE;
import static fr.passerelle.store.db.Tables.OFFER_COUNT;
import static fr.passerelle.store.db.Tables.ROME_APPELLATION;
import static fr.passerelle.store.db.Tables.ROME_MOBILITY;
import static fr.passerelle.store.db.Tables.ROME_NAF_HIRING;
import static fr.passerelle.store.db.Tables.ROME_OCCUPATION;
import static fr.passerelle.store.db.Tables.TENSION_INDICATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SharedData;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportPlan;
import fr.passerelle.importer.ImportReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports the real open data of ../shared/data in one run (shared by every test: it takes about 15 s) and checks
 * exact counts, provenance and stored content. The counts were checked against the files with an independent CSV
 * reader. Skipped when the real data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDataImportTest {
    private static final List<String> FOLDERS =
            List.of("rome_v460", "rome_v347", "geo", "labour_market", "job_offers", "labonneboite", "fap");

    /** kind | scope | file | version | rows read | stored | rejected: every dataset of the real folders. */
    private static final String DATASETS = """
            kind,                       scope,                                   file,                                                            version,    read,   stored, rejected
            rome4.grand_domains,        '',                                      rome_v460/unix_grand_domaine_v460_utf8.csv,                      4.60,         14,       14, 0
            rome4.professional_domains, '',                                      rome_v460/unix_domaine_professionnel_v460_utf8.csv,              4.60,        110,      110, 0
            rome4.occupations,          '',                                      rome_v460/unix_referentiel_code_rome_v460_utf8.csv,              4.60,       1584,     1584, 0
            rome4.tree,                 '',                                      rome_v460/unix_cr_gd_dp_v460_utf8.csv,                           4.60,       1584,     1584, 0
            rome4.appellations,         '',                                      rome_v460/unix_referentiel_appellation_v460_utf8.csv,            4.60,      13120,    13120, 0
            rome4.mobility,             '',                                      rome_v460/unix_rubrique_mobilite_v460_utf8.csv,                  4.60,      14912,    14912, 0
            rome4.skills,               '',                                      rome_v460/unix_referentiel_competence_v460_utf8.csv,             4.60,      18317,    18317, 0
            rome4.knowledge,            '',                                      rome_v460/unix_referentiel_savoir_v460_utf8.csv,                 4.60,      15354,    15354, 0
            rome4.work_contexts,        '',                                      rome_v460/unix_referentiel_contexte_travail_v460_utf8.csv,       4.60,        179,      179, 0
            rome4.coherence_items,      '',                                      rome_v460/unix_coherence_item_v460_utf8.csv,                     4.60,     104219,   104219, 0
            rome4.blocks,               '',                                      rome_v460/unix_composition_bloc_v460_utf8.csv,                   4.60,          8,        8, 0
            rome4.rubrics,              '',                                      rome_v460/unix_descriptif_rubrique_v460_utf8.csv,                4.60,          3,        3, 0
            rome4.block_links,          '',                                      rome_v460/unix_liens_rome_referentiels_v460_utf8.csv,            4.60,     118923,   118923, 0
            rome4.texts,                '',                                      rome_v460/unix_texte_v460_utf8.csv,                              4.60,      11980,    11980, 0
            rome4.riasec,               '',                                      rome_v460/unix_referentiel_code_rome_riasec_v460_utf8.csv,       4.60,       1584,     1584, 0
            rome4.macro_skill_riasec,   '',                                      rome_v460/unix_referentiel_macro_competence_riasec_v460_utf8.csv, 4.60,       507,      507, 0
            rome4.naf_sectors,          '',                                      rome_v460/unix_secteur_naf_v460_utf8.csv,                        4.60,         89,       89, 0
            rome4.naf_sector_links,     '',                                      rome_v460/unix_arborescence_secteur_naf_v460_utf8.csv,           4.60,       2920,     2920, 0
            rome3.occupations,          '',                                      rome_v347/unix_referentiel_code_rome_v347_utf8.csv,              3.47,        531,      531, 0
            rome3.appellations,         '',                                      rome_v347/unix_referentiel_appellation_v347_utf8.csv,            3.47,      10990,    10990, 0
            rome3.mobility,             '',                                      rome_v347/unix_rubrique_mobilite_v347_utf8.csv,                  3.47,       4218,     4218, 0
            rome3.skills,               '',                                      rome_v347/unix_referentiel_competence_v347_utf8.csv,             3.47,       4947,     4947, 0
            rome3.coherence_items,      '',                                      rome_v347/unix_coherence_item_v347_utf8.csv,                     3.47,      30706,    30706, 0
            geo.regions,                '',                                      geo/regions.csv,                                                     ,         18,       18, 0
            geo.departements,           '',                                      geo/departements.csv,                                                ,        101,      101, 0
            geo.communes,               '',                                      geo/communes.csv,                                                    ,      34928,    34928, 0
            geo.communes_bassins_bmo,   '',                                      geo/communes_bassins_bmo.csv,                                        ,      37498,    37498, 0
            geo.region_outlines,        '',                                      geo/regions-version-simplifiee.geojson,                              ,         13,       13, 0
            geo.departement_outlines,   '',                                      geo/departements-version-simplifiee.geojson,                         ,         96,       96, 0
            market.tension,             '',                                      labour_market/tension_indicateurs_rome_bassin_2021.csv,          2021,      27135,    27135, 0
            market.offers_departement,  '',                                      job_offers/offres_par_departement_rome_20211221.csv,             2021-12-21, 36049,    36049, 0
            market.offers_commune,      offres_par_commune_rome_hauts_de_france, job_offers/offres_par_commune_rome_20211221_hauts_de_france.csv, 2021-12-21, 23415,  23415, 0
            market.bmo_difficulty,      2019,                                    labour_market/bmo2019_difficulte_recrutement_fap_rome.csv,       2019,        701,      701, 0
            market.bmo_difficulty,      2020,                                    labour_market/bmo2020_difficulte_recrutement_fap_rome.csv,       2020,        701,      701, 0
            market.bmo_occupations,     2020,                                    labour_market/bmo2020_metiers_difficulte_recrutement.csv,        2020,        201,      201, 0
            fap.rome_v3_to_fap2009,     '',                                      fap/rome_v3_to_fap2009.csv,                                      2009,       2341,     2341, 0
            fap.labels2009,             '',                                      fap/fap2009_labels.csv,                                          2009,        339,      339, 0
            fap.pcs_rome2009,           '',                                      fap/fap2009_pcs_rome_v3.csv,                                     2009,        749,      749, 0
            fap.nomenclature2021,       '',                                      fap/fap2021_nomenclature.csv,                                    2021,        341,      341, 0
            lbb.naf_labels,             '',                                      labonneboite/naf_labels.csv,                                         ,        732,      732, 0
            lbb.rome_naf,               '',                                      labonneboite/rome_naf_mapping.csv,                                   ,       5071,     5071, 0
            lbb.commune_bassins,        '',                                      labonneboite/bassin_emploi_code_insee.csv,                           ,      38283,    38283, 0
            lbb.rome_connexe,           '',                                      labonneboite/bassin_emploi_rome_connexe.csv,                         ,      60206,    60206, 0
            lbb.contact_modes,          '',                                      labonneboite/contact_modes.csv,                                      ,       1288,     1285, 3
            lbb.establishments,         etablissements_sample_2016,              labonneboite/etablissements_sample_2016.csv,                     2016,         27,       23, 4
            """;
    private static final int DATASET_COUNT = 45;

    private Path data;
    private ReferenceCache database;
    private ImportReport report;
    private Map<String, DatasetInfo> stored;
    private DSLContext sql;

    @BeforeAll
    void importTheRealData(@TempDir Path folder) throws ImportException {
        if (!SharedData.hasRealData()) {
            return; // every test is then skipped by skipWithoutRealData(), and shows as skipped in the report
        }
        data = SharedData.realData();
        database = ReferenceCache.open(folder.resolve("cache"));
        report = ImportFixtures.importPaths(database, FOLDERS.stream().map(data::resolve).toArray(Path[]::new));
        stored = new DatasetStore(database.database()).all().stream().collect(Collectors.toMap(DatasetInfo::key, Function.identity()));
        sql = database.database().dsl();
    }

    @BeforeEach
    void skipWithoutRealData() {
        SharedData.assumeRealData();
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    // Provenance and counts -----------------------------------------------------------------------------------

    @Test
    void storesOneDatasetPerRecognisedFile() {
        assertEquals(DATASET_COUNT, stored.size());
        assertEquals(DATASET_COUNT, report.datasets().size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = DATASETS)
    void storesTheExactRowCountsOfTheFile(String kind, String scope, String file, String version, int read, int rowsStored,
                                          int rejected) {
        DatasetInfo dataset = dataset(kind, scope);
        assertEquals(List.of(read, rowsStored, rejected),
                List.of(dataset.rowsRead(), dataset.rowsStored(), dataset.rowsRejected()), "read, stored, rejected");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = DATASETS)
    void recordsTheVersionReadFromTheFileName(String kind, String scope, String file, String version) {
        assertEquals(version, dataset(kind, scope).version());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = DATASETS)
    void recordsTheFileNameAndItsSha256(String kind, String scope, String file) {
        Path real = data.resolve(file);
        DatasetInfo dataset = dataset(kind, scope);
        assertEquals(real.getFileName().toString(), dataset.source());
        assertEquals(ImportFixtures.sha256(real), dataset.sha256());
    }

    @Test
    void stampsEveryDatasetWithTheInjectedClock() {
        assertEquals(List.of(ImportFixtures.NOW),
                stored.values().stream().map(DatasetInfo::importedAt).distinct().toList());
    }

    @Test
    void skipsOnlyTheDocumentationAndTheApiSample() {
        assertEquals(List.of("SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md",
                        "offres_emploi_v2_api_sample_2019.json"),
                report.skipped().stream().map(ImportPlan.SkippedFile::path).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void reportsTheThreeDamagedContactModeRows() {
        assertEquals(List.of(
                        "contact_modes.csv:54: mode de candidature vide : rien à conseiller, ligne non gardée",
                        "contact_modes.csv:98: mode de candidature vide : rien à conseiller, ligne non gardée",
                        "contact_modes.csv:995: 'K1401Conception' n'est pas un code ROME : ligne non gardée"),
                warnings("lbb.contact_modes"));
    }

    @Test
    void reportsTheFourDamagedEstablishmentRows() {
        // A record broken over lines 24-25, and two test SIRETs of the La Bonne Boite fixture whose Luhn key is wrong.
        assertEquals(List.of(
                        "etablissements_sample_2016.csv:24: commune INSEE illisible '' : établissement non gardé",
                        "etablissements_sample_2016.csv:25: 'SAINT AUNES' n'est pas un SIRET (14 chiffres attendus) : établissement non gardé",
                        "etablissements_sample_2016.csv:27: SIRET '26560004900167' invalide : la clé de contrôle (formule de Luhn) est fausse : établissement non gardé",
                        "etablissements_sample_2016.csv:28: SIRET '26560004900267' invalide : la clé de contrôle (formule de Luhn) est fausse : établissement non gardé"),
                warnings("lbb.establishments"));
    }

    // Stored content ------------------------------------------------------------------------------------------

    @Test
    void storesD1505UnderItsRome4AndRome3Labels() {
        Map<String, String> labels = sql.select(ROME_OCCUPATION.REFERENTIAL, ROME_OCCUPATION.LABEL).from(ROME_OCCUPATION)
                .where(ROME_OCCUPATION.CODE.eq("D1505")).fetchMap(ROME_OCCUPATION.REFERENTIAL, ROME_OCCUPATION.LABEL);
        assertEquals(Map.of("v4", "Hôte / Hôtesse de caisse", "v3", "Personnel de caisse"), labels);
    }

    @Test
    void linksARome4FicheToItsRome3Parent() {
        assertEquals("D1505", sql.select(ROME_OCCUPATION.PARENT_CODE).from(ROME_OCCUPATION)
                .where(ROME_OCCUPATION.REFERENTIAL.eq("v4"), ROME_OCCUPATION.CODE.eq("D1511")).fetchOne(ROME_OCCUPATION.PARENT_CODE));
    }

    @Test
    void storesTheElevenRome4AppellationsOfD1505() {
        assertEquals(11, sql.fetchCount(ROME_APPELLATION,
                ROME_APPELLATION.REFERENTIAL.eq("v4").and(ROME_APPELLATION.ROME_CODE.eq("D1505"))));
    }

    @Test
    void storesTheTenRankedRome4MobilityTargetsOfD1505() {
        List<String> targets = sql.select(ROME_MOBILITY.TARGET_CODE).from(ROME_MOBILITY)
                .where(ROME_MOBILITY.REFERENTIAL.eq("v4"), ROME_MOBILITY.SOURCE_CODE.eq("D1505"))
                .orderBy(ROME_MOBILITY.RANK_ORDER).fetch(ROME_MOBILITY.TARGET_CODE);
        assertEquals(List.of("D1507", "D1424", "M1607", "G1703", "D1432", "N1113", "D1415", "D1204", "D1508", "M1101"), targets);
    }

    @Test
    void storesTheTypedRome3MobilityOfD1505() {
        Map<String, List<String>> byType = sql.select(ROME_MOBILITY.MOBILITY_TYPE, ROME_MOBILITY.TARGET_CODE).from(ROME_MOBILITY)
                .where(ROME_MOBILITY.REFERENTIAL.eq("v3"), ROME_MOBILITY.SOURCE_CODE.eq("D1505"))
                .orderBy(ROME_MOBILITY.TARGET_CODE).fetchGroups(ROME_MOBILITY.MOBILITY_TYPE, ROME_MOBILITY.TARGET_CODE);
        assertEquals(Map.of("PROCHE", List.of("D1507", "M1601"),
                "EVOLUTION", List.of("D1106", "D1210", "D1211", "D1212", "D1214", "D1508")), byType);
    }

    @Test
    void undoesTheDoubledApostrophesOfRome3Labels() {
        // 122 ROME 3 fiche labels are written with '' in the export, e.g. "Conduite d''engins...".
        assertEquals(0, sql.fetchCount(ROME_OCCUPATION, ROME_OCCUPATION.REFERENTIAL.eq("v3").and(ROME_OCCUPATION.LABEL.contains("''"))));
        assertEquals(122, sql.fetchCount(ROME_OCCUPATION, ROME_OCCUPATION.REFERENTIAL.eq("v3").and(ROME_OCCUPATION.LABEL.contains("'"))));
    }

    @Test
    void storesEachPostalCodeOfEachCommuneOnce() {
        assertEquals(35_425, sql.fetchCount(COMMUNE_POSTAL_CODE));
        assertEquals(22, sql.fetchCount(COMMUNE_POSTAL_CODE, COMMUNE_POSTAL_CODE.INSEE_CODE.eq("75056")));
    }

    @Test
    void keepsTheCommunesWithoutCoordinates() {
        assertEquals(81, sql.fetchCount(COMMUNE, COMMUNE.LATITUDE.isNull().and(COMMUNE.LONGITUDE.isNull())));
    }

    @Test
    void storesTheCentreOfLille() {
        Record2<Double, Double> lille = sql.select(COMMUNE.LATITUDE, COMMUNE.LONGITUDE).from(COMMUNE)
                .where(COMMUNE.INSEE_CODE.eq("59350")).fetchOne();
        assertNotNull(lille);
        assertEquals(50.631855, lille.value1());
        assertEquals(3.046987, lille.value2());
    }

    @Test
    void storesTheEmploymentAreasOfBothCodings() {
        Map<String, Integer> byScheme = sql.select(EMPLOYMENT_AREA.SCHEME, org.jooq.impl.DSL.count()).from(EMPLOYMENT_AREA)
                .groupBy(EMPLOYMENT_AREA.SCHEME).fetchMap(EMPLOYMENT_AREA.SCHEME, org.jooq.impl.DSL.count());
        assertEquals(Map.of("BMO", 404, "LBB", 405), byScheme);
    }

    @Test
    void groupsOffersWithoutLocationUnderNoDepartement() {
        // 899 rows of the aggregate have an empty département or the truncated "nu".
        assertEquals(899, sql.fetchCount(OFFER_COUNT,
                OFFER_COUNT.TERRITORY_LEVEL.eq("departement").and(OFFER_COUNT.TERRITORY_CODE.isNull())));
    }

    @Test
    void keepsEveryOfferOfTheDepartementAggregate() {
        BigDecimal total = sql.select(org.jooq.impl.DSL.sum(OFFER_COUNT.OFFERS)).from(OFFER_COUNT)
                .where(OFFER_COUNT.TERRITORY_LEVEL.eq("departement")).fetchOne().value1();
        assertEquals(925_168, total.intValueExact());
    }

    @Test
    void keepsTheBmo2019And2020FiguresOfD1505SideBySide() {
        Map<Integer, BigDecimal> byYear = sql.select(BMO_DIFFICULTY.SURVEY_YEAR, BMO_DIFFICULTY.DIFFICULTY_PCT).from(BMO_DIFFICULTY)
                .where(BMO_DIFFICULTY.ROME_CODE.eq("D1505")).fetchMap(BMO_DIFFICULTY.SURVEY_YEAR, BMO_DIFFICULTY.DIFFICULTY_PCT);
        assertEquals(Map.of(2019, new BigDecimal("20.20"), 2020, new BigDecimal("21.90")), byYear);
    }

    @Test
    void storesTheTensionIndicatorsOfD1505InTheFirstBassin() {
        var row = sql.selectFrom(TENSION_INDICATOR).where(TENSION_INDICATOR.REFERENCE_YEAR.eq(2021),
                TENSION_INDICATOR.ROME_CODE.eq("D1505"), TENSION_INDICATOR.AREA_CODE.eq("0101")).fetchOne();
        assertNotNull(row);
        assertEquals(List.of(28.46979866, 538.75), List.of(row.getOffers(), row.getJobSeekers()));
        assertEquals(List.of(1, 1, 1, 4, 5, 1, 2), List.of(row.getTension(), row.getHiringIntensity(), row.getLabourShortage(),
                row.getNonDurableJobs(), row.getWorkingConditions(), row.getGeographicMismatch(), row.getTrainingSpecificity()));
    }

    @Test
    void storesTheHiringsOfD1505InSupermarkets() {
        assertEquals(7037, sql.select(ROME_NAF_HIRING.HIRINGS).from(ROME_NAF_HIRING)
                .where(ROME_NAF_HIRING.ROME_CODE.eq("D1505"), ROME_NAF_HIRING.NAF_CODE.eq("4711D")).fetchOne(ROME_NAF_HIRING.HIRINGS));
    }

    @Test
    void leavesTheDamagedContactModeRowsOut() {
        assertEquals(1285, sql.fetchCount(CONTACT_MODE));
        assertEquals(0, sql.fetchCount(CONTACT_MODE, CONTACT_MODE.NAF_PREFIX.eq("84").and(CONTACT_MODE.ROME_CODE.eq("K1401"))));
    }

    @Test
    void storesOutlinesAsGeoJsonGeometries() {
        var hautsDeFrance = sql.selectFrom(GEO_OUTLINE)
                .where(GEO_OUTLINE.OUTLINE_LEVEL.eq("region"), GEO_OUTLINE.CODE.eq("32")).fetchOne();
        assertNotNull(hautsDeFrance);
        assertEquals("Hauts-de-France", hautsDeFrance.getName());
        assertTrue(hautsDeFrance.getGeometry().startsWith("{\"type\":\"Polygon\",\"coordinates\":[[["),
                hautsDeFrance.getGeometry().substring(0, 60));
    }

    private DatasetInfo dataset(String kind, String scope) {
        DatasetInfo dataset = stored.get(DatasetInfo.key(kind, scope));
        assertNotNull(dataset, "no dataset " + kind + " " + scope + " in " + stored.keySet());
        return dataset;
    }

    private List<String> warnings(String kind) {
        return report.datasets().stream().filter(r -> r.dataset().kind().equals(kind)).findFirst().orElseThrow().warnings();
    }
}
