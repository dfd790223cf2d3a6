package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.store.CacheDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every importer family refuses malformed input with {@code file:line: what is wrong} and leaves the cache exactly
 * as it was. Each case starts from a small correct file written here and breaks one thing on a known line; it is
 * imported into a fresh copy of a cache seeded with data-samples/.
 */
class MalformedInputTest extends SampleSeededCacheTest {
    /** A malformed file: its official name, its bytes, and the exact message the import must fail with. */
    record Case(String name, String file, byte[] content, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesMalformedFileWithFileLineAndLeavesCacheUnchanged(Case c) throws IOException {
        String before = CacheDigest.of(database);
        Path file = Files.write(in.resolve(c.file()), c.content());

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));

        assertEquals(c.expected(), e.getMessage());
        assertEquals(before, CacheDigest.of(database), "the cache changed although the import failed");
    }

    // ---------------------------------------------------------------------------------------------------------
    private static final String ROME4 = "unix_referentiel_code_rome_v460_utf8.csv";
    private static final String ROME4_HEADER = q("code_rome", "code_fiche_metier", "code_ogr", "libelle_rome",
            "transition_eco", "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent");
    private static final String ROME4_D1505 = q("D1505", "139", "114", "Hôte / Hôtesse de caisse", "Emploi Blanc", "N", "N",
            "N", "N", "D1505");
    private static final String APPELLATIONS = "unix_referentiel_appellation_v460_utf8.csv";
    private static final String APPELLATION_HEADER = q("code_ogr", "libelle_appellation_long", "libelle_appellation_court",
            "code_rome", "transition_eco", "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre",
            "classification", "origine", "code_rome_parent", "peu_usite");
    private static final String MOBILITY4 = "unix_rubrique_mobilite_v460_utf8.csv";
    private static final String MOBILITY4_HEADER = q("code_rome", "code_rome_cible", "numero_ordre");
    private static final String COHERENCE4 = "unix_coherence_item_v460_utf8.csv";
    private static final String ROME3 = "unix_referentiel_code_rome_v347_utf8.csv";
    private static final String ROME3_HEADER = q("code_rome", "code_fiche_em", "code_ogr", "libelle_rome", "statut");
    private static final String MOBILITY3 = "unix_rubrique_mobilite_v347_utf8.csv";
    private static final String MOBILITY3_HEADER = q("code_rome", "code_rome_cible", "code_appellation_source",
            "code_appellation_cible", "code_type_mobilite", "libelle_type_mobilite");
    private static final String COMMUNES_HEADER = "code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude";
    private static final String LILLE = "59350,Lille,59,32,59000|59160|59260|59777|59800,50.631855,3.046987";
    private static final String BASSINS_HEADER = "code_region,code_departement,code_commune_insee,code_bassin_bmo,libelle_bassin_bmo";
    private static final String TENSION = "tension_indicateurs_rome_bassin_2021.csv";
    private static final String TENSION_HEADER = "annee,ROME,cbassin,oee,defm_abc,ind_tension_d,ind_int_emb_d,ind_main_oeuvre_d,"
            + "ind_dur_empl_d,ind_cond_travail_d,ind_mismatch_geo_d,ind_specif_form_empl_d";
    private static final String TENSION_ROW = "2021,D1505,3216,401.83,1935.25,2,2,1,4,4,1,1";
    private static final String OFFERS_DEP = "offres_par_departement_rome_20211221.csv";
    private static final String OFFERS_DEP_HEADER = "code_departement,code_rome,nb_offres,date_extraction";
    private static final String OFFERS_COMMUNE = "offres_par_commune_rome_20211221_hauts_de_france.csv";
    private static final String BMO = "bmo2020_difficulte_recrutement_fap_rome.csv";
    private static final String BMO_HEADER = "fap_code,fap,tension_pct,rome_code,rome_label";
    private static final String BMO_ROW = "R0Z61,Caissiers,19.4,D1505,PERSONNEL DE CAISSE";
    private static final String ROME_FAP_HEADER = "code_rome,qualification,code_fap2009,regle";
    private static final String FAP_LABELS_HEADER = "niveau,code_fap2009,libelle";
    private static final String ROME_NAF_HEADER = "rome_id,rome_label,naf_id,naf_label,hirings";
    private static final String ROME_NAF_ROW = "D1505,Personnel de caisse,4711D,Supermarchés,6410";
    private static final String CONNEXE_HEADER = "code_bassin_emploi,rome,rome_connexe,score";
    private static final String GEOJSON_HDF = "{\"type\":\"Feature\",\"properties\":{\"code\":\"32\",\"nom\":\"Hauts-de-France\"},\n"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.0,50.0],[3.0,50.0],[3.0,51.0],[2.0,50.0]]]}}";
    private static final String EXPECTED_UTF8 = " : le fichier doit être en UTF-8 ; réencodez-le (il est peut-être en Windows-1252)";

    static Stream<Case> cases() {
        return Stream.of(
            // ROME 4.0 export -----------------------------------------------------------------------------------
            new Case("ROME 4: text after a closing quote", ROME4,
                    utf8(ROME4_HEADER, ROME4_D1505,
                            "\"D1507\",\"137\",\"116\",\"Employé\"x,\"Emploi Blanc\",\"N\",\"N\",\"N\",\"N\",\"D1507\""),
                    ROME4 + ":3: CSV mal formé : Unexpected character after closing quote: x"),
            new Case("ROME 4: a row with one field missing", ROME4,
                    utf8(ROME4_HEADER, ROME4_D1505, q("D1507", "137", "116", "Employé", "Emploi Blanc", "N", "N", "N", "D1507")),
                    ROME4 + ":3: 9 champs alors que l'en-tête en a 10 (séparateur ou guillemet mal placé ?)"),
            new Case("ROME 4: invalid ROME code X12", ROME4,
                    utf8(ROME4_HEADER, q("X12", "139", "114", "Hôte / Hôtesse de caisse", "Emploi Blanc", "N", "N", "N", "N", "D1505")),
                    ROME4 + ":2: colonne code_rome : 'X12' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)"),
            new Case("ROME 4: Latin-1 bytes", ROME4,
                    concat(utf8(ROME4_HEADER, ROME4_D1505),
                            q("D1507", "137", "116", "Employé / Employée de rayon", "Emploi Blanc", "N", "N", "N", "N", "D1507")
                                    .concat("\n").getBytes(ISO_8859_1)),
                    ROME4 + ":3: octets invalides en UTF-8 (« Employ\uFFFD / Employ\uFFFDe de rayon »)" + EXPECTED_UTF8),
            new Case("ROME 4: wrong header", ROME4,
                    utf8(q("code_rome", "code_fiche_metier", "code_ogr", "libelle_rome"), q("D1505", "139", "114", "Hôte")),
                    ROME4 + ":1: en-tête inattendu pour « ROME 4 – fiches métiers » : code_rome,code_fiche_metier,code_ogr,"
                            + "libelle_rome ; attendu : code_rome,code_fiche_metier,code_ogr,libelle_rome,transition_eco,"
                            + "transition_num,transition_demo,emploi_reglemente,emploi_cadre,code_rome_parent"),
            new Case("ROME 4: empty file", ROME4, new byte[0],
                    ROME4 + ":1: fichier vide : l'en-tête code_rome,code_fiche_metier,code_ogr,libelle_rome,transition_eco,"
                            + "transition_num,transition_demo,emploi_reglemente,emploi_cadre,code_rome_parent est attendu"),
            new Case("ROME 4: flag that is not O/N", ROME4,
                    utf8(ROME4_HEADER, ROME4_D1505, q("D1507", "137", "116", "Employé", "Emploi Blanc", "N", "N", "N", "Peut-être", "D1507")),
                    ROME4 + ":3: colonne emploi_cadre : 'Peut-être' n'est pas un indicateur O/N"),
            new Case("ROME 4: the same fiche twice", ROME4,
                    utf8(ROME4_HEADER, ROME4_D1505, ROME4_D1505),
                    ROME4 + ":3: doublon : une ligne de même clé [v4, D1505] a déjà été lue (rome_occupation)"),
            new Case("ROME 4: appellation of a fiche absent from the cache (Z9999)", APPELLATIONS,
                    utf8(APPELLATION_HEADER,
                            q("11640", "Caissier / Caissière", "Caissier / Caissière", "D1505", "", "", "", "", "", "SYNONYME", "", "D1505", "N"),
                            q("99999", "Testeur / Testeuse", "Testeur / Testeuse", "Z9999", "", "", "", "", "", "SYNONYME", "", "D1505", "N")),
                    APPELLATIONS + ":3: colonne code_rome : code ROME inconnu 'Z9999' (absent des fichiers importés avant celui-ci)"),
            new Case("ROME 4: mobility towards a fiche absent from the cache", MOBILITY4,
                    utf8(MOBILITY4_HEADER, q("D1505", "D1507", "1"), q("D1505", "Z9999", "2")),
                    MOBILITY4 + ":3: colonne code_rome_cible : code ROME inconnu 'Z9999' (absent des fichiers importés avant celui-ci)"),
            new Case("ROME 4: mobility rank that is not a number", MOBILITY4,
                    utf8(MOBILITY4_HEADER, q("D1505", "D1507", "premier")),
                    MOBILITY4 + ":2: colonne numero_ordre : 'premier' n'est pas un nombre entier"),
            new Case("ROME 4: coherence item absent from the cache", COHERENCE4,
                    utf8(q("code_rome", "code_ogr", "coeur_metier"), q("D1505", "300303", "Principale"), q("D1505", "999999", "")),
                    COHERENCE4 + ":3: colonne code_ogr : item (compétence, savoir ou contexte) inconnu '999999' "
                            + "(absent des fichiers importés avant celui-ci)"),

            // ROME 3 export -------------------------------------------------------------------------------------
            new Case("ROME 3: unknown mobility type", MOBILITY3,
                    utf8(MOBILITY3_HEADER, q("D1505", "D1507", "", "", "1", "Proche"), q("D1505", "M1601", "", "", "3", "Lointaine")),
                    MOBILITY3 + ":3: colonne code_type_mobilite : type de mobilité inconnu '3' (1 = proche, 2 = évolution)"),
            new Case("ROME 3: invalid ROME code", ROME3,
                    utf8(ROME3_HEADER, q("D1505", "139", "114", "Personnel de caisse", "1"), q("D15O7", "137", "116", "Mise en rayon", "1")),
                    ROME3 + ":3: colonne code_rome : 'D15O7' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)"),
            new Case("ROME 3: text after a closing quote", ROME3,
                    utf8(ROME3_HEADER, "\"D1505\",\"139\",\"114\",\"Personnel\" de caisse,\"1\""),
                    ROME3 + ":2: CSV mal formé : Unexpected character after closing quote:  "),
            new Case("ROME 3: missing label", ROME3,
                    utf8(ROME3_HEADER, q("D1505", "139", "114", "Personnel de caisse", "1"), q("D1507", "137", "116", "", "1")),
                    ROME3 + ":3: colonne libelle_rome : valeur obligatoire manquante"),

            // Territory -----------------------------------------------------------------------------------------
            new Case("communes: invalid INSEE code", "communes.csv",
                    crlf(COMMUNES_HEADER, LILLE, "5935,Lens,62,32,62300,50.432,2.833"),
                    "communes.csv:3: colonne code_insee : '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)"),
            new Case("communes: decimal comma", "communes.csv",
                    crlf(COMMUNES_HEADER, LILLE, "62498,Lens,62,32,62300,\"50,432\",2.833"),
                    "communes.csv:3: colonne latitude : '50,432' n'est pas un nombre décimal (point décimal attendu)"),
            new Case("communes: invalid département", "communes.csv",
                    crlf(COMMUNES_HEADER, LILLE, "62498,Lens,6,32,62300,50.432,2.833"),
                    "communes.csv:3: colonne code_departement : '6' n'est pas un code département"),
            new Case("communes: Latin-1 bytes", "communes.csv",
                    (COMMUNES_HEADER + "\r\n62427,Hénin-Beaumont,62,32,62110,50.417,2.951\r\n").getBytes(ISO_8859_1),
                    "communes.csv:2: octets invalides en UTF-8 (« H\uFFFDnin-Beaumont »)" + EXPECTED_UTF8),
            new Case("communes_bassins_bmo: invalid bassin code", "communes_bassins_bmo.csv",
                    crlf(BASSINS_HEADER, "32,59,59350,3216,LILLE", "32,62,62498,32X7,LENS"),
                    "communes_bassins_bmo.csv:3: colonne code_bassin_bmo : '32X7' n'est pas un code de bassin BMO (4 chiffres)"),
            new Case("communes_bassins_bmo: invalid INSEE code", "communes_bassins_bmo.csv",
                    crlf(BASSINS_HEADER, "32,59,59350,3216,LILLE", "32,62,2C498,3227,LENS"),
                    "communes_bassins_bmo.csv:3: colonne code_commune_insee : '2C498' n'est pas un code commune INSEE "
                            + "(5 caractères, ex. 59350 ou 2A004)"),

            // GeoJSON outlines ----------------------------------------------------------------------------------
            new Case("GeoJSON: an array, not an object", "regions.geojson",
                    utf8("[" + GEOJSON_HDF + "]"),
                    "regions.geojson:1: un objet GeoJSON FeatureCollection est attendu"),
            new Case("GeoJSON: a Feature, not a FeatureCollection", "regions.geojson",
                    utf8(GEOJSON_HDF),
                    "regions.geojson: pas de tableau « features » : ce n'est pas une FeatureCollection"),
            new Case("GeoJSON: features is not an array", "regions.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":{}}"),
                    "regions.geojson:2: « features » doit être un tableau"),
            new Case("GeoJSON: broken JSON", "regions.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":[", GEOJSON_HDF + ",", "{\"type\":\"Feature\",,", "]}"),
                    "regions.geojson:5: JSON mal formé (colonne 19) : Unexpected character (',' (code 44)): was expecting double-quote to start field name"),
            new Case("GeoJSON: a point instead of an outline", "departements-version-simplifiee.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":[", GEOJSON_HDF + ",",
                            "{\"type\":\"Feature\",\"properties\":{\"code\":\"59\",\"nom\":\"Nord\"},",
                            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[3.0,50.5]}}", "]}"),
                    "departements-version-simplifiee.geojson:5: feature 59 : géométrie Polygon ou MultiPolygon attendue, pas « Point »"),
            new Case("GeoJSON: a feature without name", "departements.geojson",
                    utf8("{\"type\":\"FeatureCollection\",", "\"features\":[",
                            "{\"type\":\"Feature\",\"properties\":{\"code\":\"59\"},",
                            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.0,50.0],[3.0,50.0],[2.0,50.0]]]}}", "]}"),
                    "departements.geojson:3: feature sans propriétés « code » et « nom »"),

            // Labour market -------------------------------------------------------------------------------------
            new Case("tension: indicator 7 outside 1 to 5", TENSION,
                    crlf(TENSION_HEADER, TENSION_ROW, "2021,D1507,3216,120.5,300.25,7,2,1,4,4,1,1"),
                    TENSION + ":3: colonne ind_tension_d : indicateur hors de l'échelle 1 à 5 : 7"),
            new Case("tension: negative number of offers", TENSION,
                    crlf(TENSION_HEADER, TENSION_ROW, "2021,D1507,3216,-120.5,300.25,4,2,1,4,4,1,1"),
                    TENSION + ":3: colonne oee : valeur négative -120.5"),
            new Case("tension: three-digit bassin", TENSION,
                    crlf(TENSION_HEADER, "2021,D1505,321,401.83,1935.25,2,2,1,4,4,1,1"),
                    TENSION + ":2: colonne cbassin : '321' n'est pas un code de bassin BMO (4 chiffres)"),
            new Case("tension: semicolon-separated header", TENSION,
                    crlf(TENSION_HEADER.replace(',', ';'), TENSION_ROW.replace(',', ';')),
                    TENSION + ":1: en-tête inattendu pour « Indicateurs de tension par métier et bassin » : "
                            + TENSION_HEADER.replace(',', ';') + " ; attendu : " + TENSION_HEADER),
            new Case("offers per département: negative count", OFFERS_DEP,
                    crlf(OFFERS_DEP_HEADER, "59,D1505,74,2021-12-21", "59,D1507,-5,2021-12-21"),
                    OFFERS_DEP + ":3: colonne nb_offres : valeur négative -5"),
            new Case("offers per département: date not ISO", OFFERS_DEP,
                    crlf(OFFERS_DEP_HEADER, "59,D1505,74,21/12/2021"),
                    OFFERS_DEP + ":2: colonne date_extraction : '21/12/2021' n'est pas une date AAAA-MM-JJ"),
            new Case("offers per département: invalid département", OFFERS_DEP,
                    crlf(OFFERS_DEP_HEADER, "59,D1505,74,2021-12-21", "5X,D1507,12,2021-12-21"),
                    OFFERS_DEP + ":3: colonne code_departement : '5X' n'est pas un code département (ex. 59, 2A, 974)"),
            new Case("offers per commune: invalid INSEE code", OFFERS_COMMUNE,
                    crlf("code_commune_insee,code_rome,nb_offres,date_extraction", "59350,D1505,30,2021-12-21",
                            "593500,D1507,52,2021-12-21"),
                    OFFERS_COMMUNE + ":3: colonne code_commune_insee : '593500' n'est pas un code commune INSEE "
                            + "(5 caractères, ex. 59350 ou 2A004)"),
            new Case("offers per commune: count that is not an integer", OFFERS_COMMUNE,
                    crlf("code_commune_insee,code_rome,nb_offres,date_extraction", "59350,D1505,30.5,2021-12-21"),
                    OFFERS_COMMUNE + ":2: colonne nb_offres : '30.5' n'est pas un nombre entier"),
            new Case("BMO: percentage above 100", BMO,
                    utf8(BMO_HEADER, BMO_ROW, "R0Z60,Employés de libre service,120,D1507,MISE EN RAYON LIBRE-SERVICE"),
                    BMO + ":3: colonne tension_pct : pourcentage hors de 0 à 100 : 120"),
            new Case("BMO: decimal comma", BMO,
                    utf8(BMO_HEADER, "R0Z61,Caissiers,\"19,4\",D1505,PERSONNEL DE CAISSE"),
                    BMO + ":2: colonne tension_pct : '19,4' n'est pas un pourcentage (point décimal attendu)"),
            new Case("BMO: invalid FAP code", BMO,
                    utf8(BMO_HEADER, BMO_ROW, "R0Z6,Employés de libre service,33.8,D1507,MISE EN RAYON LIBRE-SERVICE"),
                    BMO + ":3: colonne fap_code : 'R0Z6' n'est pas un code FAP-2009 (ex. R0Z61)"),

            // FAP -----------------------------------------------------------------------------------------------
            new Case("FAP: invalid FAP code", "rome_v3_to_fap2009.csv",
                    crlf(ROME_FAP_HEADER, "D1505,,R0Z61,ROME_sans_qualification", "D1507,,R0Z6,ROME_sans_qualification"),
                    "rome_v3_to_fap2009.csv:3: colonne code_fap2009 : 'R0Z6' n'est pas un code FAP-2009 (ex. R0Z61)"),
            new Case("FAP: qualification that is not one digit", "rome_v3_to_fap2009.csv",
                    crlf(ROME_FAP_HEADER, "N1103,AB,J1Z40,ROME_avec_qualification"),
                    "rome_v3_to_fap2009.csv:2: colonne qualification : 'AB' n'est pas un niveau de qualification (1 chiffre)"),
            new Case("FAP: label missing", "fap2009_labels.csv",
                    crlf(FAP_LABELS_HEADER, "domaine_22,R,Commerce", "fap_87,R0Z,"),
                    "fap2009_labels.csv:3: colonne libelle : valeur obligatoire manquante"),
            new Case("FAP: a row with one field too many", "fap2009_labels.csv",
                    crlf(FAP_LABELS_HEADER, "domaine_22,R,Commerce", "fap_87,R0Z,Caissiers, employés de libre service"),
                    "fap2009_labels.csv:3: 4 champs alors que l'en-tête en a 3 (séparateur ou guillemet mal placé ?)"),

            // La Bonne Boite ------------------------------------------------------------------------------------
            new Case("La Bonne Boite rome_naf: invalid NAF code", "rome_naf_mapping.csv",
                    utf8(ROME_NAF_HEADER, ROME_NAF_ROW, "D1505,Personnel de caisse,4711,Hypermarchés,5230"),
                    "rome_naf_mapping.csv:3: colonne naf_id : '4711' n'est pas un code NAF (ex. 4711D)"),
            new Case("La Bonne Boite rome_naf: negative hirings", "rome_naf_mapping.csv",
                    utf8(ROME_NAF_HEADER, ROME_NAF_ROW, "D1505,Personnel de caisse,4711F,Hypermarchés,-10"),
                    "rome_naf_mapping.csv:3: colonne hirings : valeur négative -10"),
            new Case("La Bonne Boite connexe: score that is not a number", "bassin_emploi_rome_connexe.csv",
                    utf8(CONNEXE_HEADER, "3216,D1505,D1507,.98731978", "3216,D1505,M1601,abc"),
                    "bassin_emploi_rome_connexe.csv:3: colonne score : 'abc' n'est pas un nombre décimal (point décimal attendu)"),
            new Case("La Bonne Boite connexe: invalid ROME code", "bassin_emploi_rome_connexe.csv",
                    utf8(CONNEXE_HEADER, "3216,D1505,X12,.98731978"),
                    "bassin_emploi_rome_connexe.csv:2: colonne rome_connexe : 'X12' n'est pas un code ROME "
                            + "(une lettre majuscule et quatre chiffres, ex. D1505)"),
            new Case("La Bonne Boite commune bassins: invalid bassin code", "bassin_emploi_code_insee.csv",
                    utf8("code_insee,code_bassin_emploi", "59350,3216", "59009,ABC"),
                    "bassin_emploi_code_insee.csv:3: colonne code_bassin_emploi : 'ABC' n'est pas un code de bassin d'emploi"),
            new Case("La Bonne Boite NAF labels: the same code twice", "naf_labels.csv",
                    crlf("naf_id,naf_label", "4711D,Supermarchés", "4711D,Hypermarchés"),
                    "naf_labels.csv:3: doublon : une ligne de même clé [4711D] a déjà été lue (naf_label)"));
    }

    /** Every value double-quoted, comma-separated: the ROME exports' style. */
    static String q(String... values) {
        StringBuilder line = new StringBuilder();
        for (String v : values) {
            line.append(line.length() == 0 ? "" : ",").append('"').append(v).append('"');
        }
        return line.toString();
    }

    static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(UTF_8);
    }

    static byte[] crlf(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
