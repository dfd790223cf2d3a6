package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.DatasetStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official format, mutated in twenty ways (truncation, columns removed, swapped and added, encodings, BOM, CRLF,
 * header only, duplicates, unknown references, huge values, stray quotes, binary garbage...; see
 * {@link FuzzMutations}), with fixed seeds: each mutated file is either accepted as valid (the cache then stays
 * consistent: every recorded count is true of the data) or refused with {@code file:line: what} and the cache digest
 * unchanged. Nothing else may happen: no other exception, no file-level refusal where a line can be named.
 */
class ImporterFuzzTest extends SampleSeededCacheTest {
    /** A refusal that names no line is acceptable only for these whole-file reasons. */
    private static final Pattern WHOLE_FILE = Pattern.compile("format non reconnu.*|lecture impossible.*|classeur .xlsx.*");

    static Stream<String> officialFiles() {
        return Stream.of(
                "rome_v460/unix_referentiel_appellation_v460_utf8.csv",     // ROME 4, quoted, references checked
                "rome_v460/unix_coherence_item_v460_utf8.csv",              // ROME 4, references to codes and items
                "rome_v347/unix_rubrique_mobilite_v347_utf8.csv",           // ROME 3
                "geo/communes.csv",                                          // territory
                "geo/communes_bassins_bmo.csv",
                "labour_market/tension_indicateurs_rome_bassin_2021.csv",   // labour market
                "labour_market/bmo2020_difficulte_recrutement_fap_rome.csv",
                "job_offers/offres_par_commune_rome_20211221_hauts_de_france.csv",
                "job_offers/offres_emploi_v2_20261201_hauts_de_france.json", // Offres d'emploi v2 answer (sync)
                "fap/rome_v3_to_fap2009.csv",                                // FAP
                "labonneboite/bassin_emploi_rome_connexe.csv",               // La Bonne Boite
                "bmo/bmo_2025_exemple.csv",                                  // BMO export
                "entreprises/entreprises_hauts_de_france_exemple.csv",       // companies
                "trainings/offres_hauts_de_france_exemple.xml",              // LHEO
                "synthetic:regions.geojson",                                 // GeoJSON outlines
                "synthetic:cpf_api_catalogue.json",                          // CPF API JSON
                "synthetic:cpf_trainings_hdf.csv",                           // CPF CSV
                "synthetic:labonneboite_v2_lille.json");                     // La Bonne Boite API v2
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialFiles")
    void eachMutationIsAcceptedAsValidOrRefusedWithItsLineAndTheCacheUnchanged(String source) throws Exception {
        String name = source.startsWith("synthetic:") ? source.substring("synthetic:".length())
                : Path.of(source).getFileName().toString();
        byte[] original = original(source, name);
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        long seed = name.hashCode();
        for (FuzzMutations m : FuzzMutations.values()) {
            byte[] mutated = m.apply.apply(new String(original, UTF_8), new Random(seed + m.ordinal())).getBytes(UTF_8);
            if (check(name, m.name(), m.outcome, mutated, problems)) {
                accepted++;
            } else {
                refused++;
            }
        }
        for (FuzzMutations.Bytes m : FuzzMutations.Bytes.values()) {
            byte[] mutated = m.apply.apply(original, new Random(seed + 100 + m.ordinal()));
            if (check(name, m.name(), m.outcome, mutated, problems)) {
                accepted++;
            } else {
                refused++;
            }
        }
        System.out.println("Fuzz " + name + ": " + (accepted + refused) + " mutations, " + accepted + " accepted as valid, "
                + refused + " refused with their line");
        assertEquals(List.of(), problems, name);
        assertTrue(accepted + refused >= 15);
    }

    /** Imports one mutated file; returns true when accepted. Problems are collected, not thrown, to see them all. */
    private boolean check(String name, String mutation, FuzzMutations.Outcome expected, byte[] content, List<String> problems)
            throws IOException {
        Path folder = Files.createDirectories(in.resolve(mutation));
        Path file = Files.write(folder.resolve(name), content);
        String before = CacheDigest.of(database);
        try {
            ImportFixtures.importPaths(database, file);
        } catch (ImportException e) {
            if (expected == FuzzMutations.Outcome.ACCEPT) {
                problems.add(mutation + ": refused although valid: " + e.getMessage());
            }
            boolean located = e.line() > 0 || WHOLE_FILE.matcher(e.problem()).matches();
            if (!e.getMessage().startsWith(name + ":") || !located) {
                problems.add(mutation + ": refused without file:line: " + e.getMessage());
            }
            if (!before.equals(CacheDigest.of(database))) {
                problems.add(mutation + ": refused but the cache changed");
            }
            return false;
        } catch (RuntimeException e) {
            problems.add(mutation + ": " + e);
            return false;
        }
        if (expected == FuzzMutations.Outcome.REFUSE) {
            problems.add(mutation + ": accepted although broken");
        }
        if (!new DatasetStore(database.database()).recount().isEmpty()) {
            problems.add(mutation + ": accepted but the recorded counts are not those of the data");
        }
        return true;
    }

    private byte[] original(String source, String name) throws IOException {
        if (!source.startsWith("synthetic:")) {
            return Files.readAllBytes(SharedData.sample(source));
        }
        return switch (name) {
            case "regions.geojson" -> ("{\"type\": \"FeatureCollection\", \"features\": [\n"
                    + "{\"type\": \"Feature\", \"properties\": {\"code\": \"32\", \"nom\": \"Hauts-de-France\"},"
                    + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[2.0, 50.0], [3.0, 50.0], [3.0, 51.0], [2.0, 50.0]]]}},\n"
                    + "{\"type\": \"Feature\", \"properties\": {\"code\": \"11\", \"nom\": \"Île-de-France\"},"
                    + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[2.1, 48.7], [2.6, 48.7], [2.6, 49.0], [2.1, 48.7]]]}}\n"
                    + "]}\n").getBytes(UTF_8);
            case "cpf_api_catalogue.json" -> ("[\n"
                    + "{\"siretOrganisme\": \"99900000100017\", \"numeroAction\": \"A1\", \"totalPriceTTC\": 990.0, \"duration\": 35,"
                    + " \"formation\": {\"title\": \"CACES R489 catégorie 3\", \"proximiteRomes\": [{\"code\": \"N1101\"}]}},\n"
                    + "{\"siretOrganisme\": \"99900000200015\", \"numeroAction\": \"A2\", \"totalPriceTTC\": 1450.5, \"duration\": 70,"
                    + " \"formation\": {\"title\": \"Employé commercial en magasin\", \"proximiteRomes\": [{\"code\": \"D1507\"}]}}\n"
                    + "]\n").getBytes(UTF_8);
            case "cpf_trainings_hdf.csv" -> ("formation.title,formation.proximiteRomes.code,duration,totalPriceTTC,"
                    + "address.postalCode,formation.specificCondition,formation.codeModaliteEnseign\n"
                    + "CACES R489 catégorie 3,N1101,35,990.0,59000,,0\n"
                    + "Employé commercial en magasin,D1507,70,1450.5,62300,Entretien préalable,1\n"
                    + "Hôte de caisse,D1505,140,2100,59100,,2\n").getBytes(UTF_8);
            case "labonneboite_v2_lille.json" -> {
                try (InputStream fixture = getClass().getResourceAsStream("company/labonneboite_v2_if_fixture.json")) {
                    // One line in the fixture: pretty-printed, so that line mutations cut inside the document.
                    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                    yield mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(mapper.readTree(fixture));
                }
            }
            default -> throw new IllegalArgumentException(name);
        };
    }
}
