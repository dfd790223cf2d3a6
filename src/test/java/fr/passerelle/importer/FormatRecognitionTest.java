package fr.passerelle.importer;

import fr.passerelle.importer.catalog.FormatCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a file is recognised (official name, else header) and what its name says (version, scope). */
class FormatRecognitionTest {
    private final FormatCatalog catalog = FormatCatalog.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unix_referentiel_code_rome_v460_utf8.csv, rome4.occupations",
            "unix_referentiel_code_rome_riasec_v460_utf8.csv, rome4.riasec",
            "unix_referentiel_code_rome_v347_utf8.csv, rome3.occupations",
            "unix_rubrique_mobilite_v347_utf8.csv, rome3.mobility",
            "communes.csv, geo.communes",
            "regions-version-simplifiee.geojson, geo.region_outlines",
            "departements.geojson, geo.departement_outlines",
            "tension_indicateurs_rome_bassin_2021.csv, market.tension",
            "offres_par_commune_rome_20211221_hauts_de_france.csv, market.offers_commune",
            "bmo2019_difficulte_recrutement_fap_rome.csv, market.bmo_difficulty",
            "bmo2020_metiers_difficulte_recrutement.csv, market.bmo_occupations",
            "fap2021_nomenclature.csv, fap.nomenclature2021",
            "bassin_emploi_rome_connexe.csv, lbb.rome_connexe",
            "etablissements_sample_2016.csv, lbb.establishments"})
    void recognisesAnOfficialFileByItsName(String fileName, String kind) {
        assertEquals(Optional.of(kind), catalog.byName(fileName).map(DatasetFormat::kind));
    }

    @Test
    void doesNotRecogniseAnotherRomeVersionOfTheSameStem() {
        assertEquals(Optional.empty(), catalog.byName("unix_referentiel_code_rome_v2_utf8.csv"));
    }

    @Test
    void recognisesARenamedFileByItsHeader() {
        assertEquals(Optional.of("geo.communes_bassins_bmo"), catalog.byHeader(List.of("code_region", "code_departement",
                "code_commune_insee", "code_bassin_bmo", "libelle_bassin_bmo")).map(DatasetFormat::kind));
    }

    @Test
    void refusesTwoFormatsOfTheSameKind() {
        DatasetFormat first = catalog.byKind("geo.regions").orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FormatCatalog(List.of(first, first)));

        assertEquals("two formats share the kind geo.regions", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "unix_referentiel_appellation_v460_utf8.csv, 4.60",
            "unix_rubrique_mobilite_v347_utf8.csv, 3.47",
            "offres_par_departement_rome_20211221.csv, 2021-12-21",
            "offres_par_commune_rome_20211221_hauts_de_france.csv, 2021-12-21",
            "bmo2020_difficulte_recrutement_fap_rome.csv, 2020",
            "tension_indicateurs_rome_bassin_2021.csv, 2021"})
    void readsTheVersionFromTheFileName(String fileName, String version) {
        assertEquals(version, VersionRules.fromFileName(Path.of(fileName)));
    }

    @Test
    void hasNoVersionForAnUndatedFile() {
        assertNull(VersionRules.fromFileName(Path.of("communes.csv")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "offres_par_commune_rome_20211221_hauts_de_france.csv, offres_par_commune_rome_hauts_de_france",
            "offres_par_commune_rome_20220115_hauts_de_france.csv, offres_par_commune_rome_hauts_de_france",
            "offres_par_commune_rome_20211221_normandie.csv, offres_par_commune_rome_normandie"})
    void scopesARegionalFileByItsNameWithoutTheDate(String fileName, String scope) {
        assertEquals(scope, VersionRules.scopeFromFileName(Path.of(fileName)));
    }
}
