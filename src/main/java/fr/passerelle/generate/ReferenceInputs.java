package fr.passerelle.generate;

import java.util.List;
import java.util.Map;

/**
 * The reference data the generator draws from, read once from the --from folder. Small (the largest is the 35,000
 * communes); every list keeps a stable order, every map is sorted, so that the draws never depend on hash order.
 */
record ReferenceInputs(
        List<CommuneRef> communes,
        Map<String, String> regionNames,
        Map<String, String> departementNames,
        Map<String, Long> offersByDepartement,
        List<Rome4> romes,
        List<RomeNaf> romeNaf,
        List<FormacodeTerm> formacodes,
        List<FormacodePair> formacodeExcerpt,
        Map<String, String> romeDomains,
        List<FapMetier> metiers,
        List<BassinCommune> bassins,
        Map<String, List<String>> romeToFap2009,
        Map<String, Double> fap2009Difficulty,
        List<String> files) {

    /** A commune of geo/communes.csv that has coordinates and at least one postal code. */
    record CommuneRef(String insee, String name, String departement, String region, List<String> postalCodes,
                      double latitude, double longitude) {
    }

    /** A ROME 4 fiche and the ROME 3 fiche it derives from (the key of the hiring and Formacode tables). */
    record Rome4(String code, String label, String parent) {
    }

    /** La Bonne Boite: hirings of a ROME 3 occupation in establishments of a NAF sub-class. */
    record RomeNaf(String rome, String romeLabel, String naf, String nafLabel, long hirings) {
    }

    /** A Formacode descriptor: code, label, descriptor type (DOM, PUB...), NSF code, linked ROME v2 job labels. */
    record FormacodeTerm(String code, String label, String type, String nsf, String romeV2Labels) {
    }

    /** A real ROME 3 → Formacode correspondence row (Centre Inffo excerpt). */
    record FormacodePair(String rome, String code, String label) {
    }

    /** A FAP-2021 métier at the 228 level (the BMO "Code métier BMO") and its FAP-22 domain letter. */
    record FapMetier(String code, String label, String domain) {
    }

    /** A commune's BMO employment area (bassin). */
    record BassinCommune(String region, String departement, String commune, String bassin, String label) {
    }
}
