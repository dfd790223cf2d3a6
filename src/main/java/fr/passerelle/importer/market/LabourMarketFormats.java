package fr.passerelle.importer.market;

import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoOccupationDifficulty;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.importer.VersionRules;
import java.util.List;

/**
 * Labour-market figures: tension indicators per ROME × employment area, job-offer counts per ROME × territory,
 * BMO difficulty shares. All keyed by ROME 3 codes. A survey year or a region is its own dataset, so the 2019 and
 * 2020 BMO files live side by side and a newer extraction of a region replaces only that region.
 */
public final class LabourMarketFormats {

    private LabourMarketFormats() {
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("market.tension", "Indicateurs de tension par métier et bassin").order(50)
                .fileName("tension_indicateurs_rome_bassin_\\d{4}\\.csv")
                .header("annee", "ROME", "cbassin", "oee", "defm_abc", "ind_tension_d", "ind_int_emb_d",
                        "ind_main_oeuvre_d", "ind_dur_empl_d", "ind_cond_travail_d", "ind_mismatch_geo_d",
                        "ind_specif_form_empl_d")
                .rows((r, c) -> c.emit(new TensionIndicator(r.integer("annee"), r.rome("ROME"),
                        r.matching("cbassin", "[0-9]{4}", ImportWords.say("import.expected.bmoArea")),
                        r.optNonNegativeDecimal("oee"), r.optNonNegativeDecimal("defm_abc"), r.optScore("ind_tension_d"),
                        r.optScore("ind_int_emb_d"), r.optScore("ind_main_oeuvre_d"), r.optScore("ind_dur_empl_d"),
                        r.optScore("ind_cond_travail_d"), r.optScore("ind_mismatch_geo_d"),
                        r.optScore("ind_specif_form_empl_d")))),
            CsvFormat.builder("market.offers_departement", "Offres d'emploi par métier et département").order(51)
                .fileName("offres_par_departement_rome_\\d{8}\\.csv")
                .header("code_departement", "code_rome", "nb_offres", "date_extraction")
                .rows((r, c) -> c.emit(new OfferCount("departement", departement(r),
                        r.rome("code_rome"), r.nonNegativeInteger("nb_offres"), r.date("date_extraction")))),
            CsvFormat.builder("market.offers_commune", "Offres d'emploi par métier et commune").order(52)
                .fileName("offres_par_commune_rome_\\d{8}.*\\.csv").regional()
                .header("code_commune_insee", "code_rome", "nb_offres", "date_extraction")
                .rows((r, c) -> c.emit(new OfferCount("commune", r.insee("code_commune_insee").value(),
                        r.rome("code_rome"), r.nonNegativeInteger("nb_offres"), r.date("date_extraction")))),
            CsvFormat.builder("market.bmo_difficulty", "BMO – part de recrutements difficiles par métier").order(53)
                .fileName("bmo\\d{4}_difficulte_recrutement_fap_rome\\.csv").scope(file -> java.util.Objects.requireNonNullElse(VersionRules.fromFileName(file), ""))
                .header("fap_code", "fap", "tension_pct", "rome_code", "rome_label")
                .rows((r, c) -> c.emit(new BmoDifficulty(surveyYear(c, r.where()),
                        r.matching("fap_code", "[A-Z][0-9][A-Z][0-9]{2}", ImportWords.say("import.expected.fap2009")), r.text("fap"),
                        r.percentage("tension_pct"), r.rome("rome_code"), r.text("rome_label")))),
            CsvFormat.builder("market.bmo_occupations", "BMO – part de recrutements difficiles par métier BMO").order(54)
                .fileName("bmo\\d{4}_metiers_difficulte_recrutement\\.csv").scope(file -> java.util.Objects.requireNonNullElse(VersionRules.fromFileName(file), ""))
                .header("metier_bmo", "part_difficultes_recrutement_pct")
                .rows((r, c) -> c.emit(new BmoOccupationDifficulty(surveyYear(c, r.where()), r.text("metier_bmo"),
                        r.percentage("part_difficultes_recrutement_pct")))));
    }

    /**
     * The département of an offer count, or null for offers without a location. The France Travail extraction
     * writes those with an empty code or "nu" (a truncated "null"); "98" groups the overseas collectivities
     * (Monaco, Polynesia...) whose INSEE codes start with 98.
     */
    private static String departement(fr.passerelle.importer.CsvRow row) throws ImportException {
        String code = row.raw("code_departement");
        if (code.isEmpty() || code.equals("nu")) {
            return null;
        }
        return row.matching("code_departement", "[0-9]{2}|2[AB]|97[0-9]|98", ImportWords.say("import.expected.departementExample"));
    }

    /** BMO files carry their survey year only in their name. */
    private static int surveyYear(ReadContext context, String where) throws ImportException {
        String version = context.version();
        if (version == null || !version.matches("\\d{4}")) {
            throw new ImportException(where.substring(0, where.lastIndexOf(':')), 0, ImportWords.say("import.bmo.yearInName"));
        }
        return Integer.parseInt(version);
    }
}
