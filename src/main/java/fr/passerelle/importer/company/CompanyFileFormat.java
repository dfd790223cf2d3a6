package fr.passerelle.importer.company;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.company.HeadcountBracket;
import fr.passerelle.domain.company.HiringScore;
import fr.passerelle.domain.company.ScoreSource;
import fr.passerelle.domain.company.Siret;
import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.CsvRow;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Passerelle's own company file, {@code entreprises_<anything>.csv} (see README.md, "Companies and BMO hiring projects"): one establishment per
 * row with its hiring scores per ROME code. It is our format, so it is strict: any wrong value (a SIRET whose check
 * digit is wrong included) stops the import with the file, line and column. Each file is its own dataset (regional):
 * importing {@code entreprises_hauts_de_france.csv} again replaces only what that file brought.
 */
public final class CompanyFileFormat {
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("[0-9]{1,3}");

    public static final String KIND = "companies.file";
    public static final List<String> HEADER = List.of("siret", "raison_sociale", "enseigne", "code_naf",
            "tranche_effectif", "code_insee_commune", "code_postal", "adresse", "latitude", "longitude",
            "scores_embauche", "source_scores");

    private CompanyFileFormat() {
    }

    public static CsvFormat format() {
        return CsvFormat.builder(KIND, "Entreprises et scores d'embauche (fichier Passerelle)").order(80)
                .fileName("entreprises_.+\\.csv").regional()
                .header(HEADER.toArray(String[]::new))
                .rows(CompanyFileFormat::row);
    }

    private static void row(CsvRow r, ReadContext c) throws ImportException {
        Siret siret = siret(r);
        if (!c.firstTime(siret)) {
            throw r.error("siret", ImportWords.say("import.company.twice", siret));
        }
        String bracket = r.optText("tranche_effectif");
        if (bracket != null && !HeadcountBracket.isCode(bracket)) {
            throw r.error("tranche_effectif", ImportWords.say("import.company.bracket", bracket));
        }
        Double latitude = coordinate(r, "latitude", 90);
        Double longitude = coordinate(r, "longitude", 180);
        if ((latitude == null) != (longitude == null)) {
            throw r.error(latitude == null ? "latitude" : "longitude", ImportWords.say("import.company.latLon"));
        }
        c.emit(new Establishment(siret, r.text("raison_sociale"), r.optText("enseigne"),
                r.matching("code_naf", "[0-9]{4}[A-Z]", ImportWords.say("import.expected.nafLong")), bracket,
                null, null, r.optText("adresse"), r.insee("code_insee_commune"), null,
                r.optMatching("code_postal", "[0-9]{5}", ImportWords.say("import.expected.postcode")), latitude, longitude, null, null));
        for (HiringScore score : scores(r, siret)) {
            c.emitDerived(score);
        }
    }

    /** A WGS84 decimal degree within ±limit, or null when empty. */
    private static Double coordinate(CsvRow r, String column, double limit) throws ImportException {
        Double value = r.optDecimal(column);
        if (value != null && (!Double.isFinite(value) || value < -limit || value > limit)) {
            throw r.error(column, ImportWords.say("import.company.coordinate", column, (int) limit, r.raw(column)));
        }
        return value;
    }

    private static Siret siret(CsvRow r) throws ImportException {
        String value = r.raw("siret");
        Message problem = ImportWords.siretProblem(value);
        if (problem != null) {
            throw r.error("siret", problem);
        }
        return new Siret(value);
    }

    /** {@code D1505:87|D1507:64}: ROME code, colon, integer score 0–100; pairs separated by {@code |}. */
    static List<HiringScore> scores(CsvRow r, Siret siret) throws ImportException {
        String raw = r.raw("scores_embauche");
        String sourceText = r.raw("source_scores");
        ScoreSource source = switch (sourceText) {
            case "publie" -> ScoreSource.PUBLISHED;
            case "estime" -> ScoreSource.ESTIMATED;
            case "" -> null;
            default -> throw r.error("source_scores", ImportWords.say("import.company.source", sourceText));
        };
        List<HiringScore> scores = new ArrayList<>();
        if (raw.isEmpty()) {
            return scores;
        }
        if (source == null) {
            throw r.error("source_scores", ImportWords.say("import.company.sourceMissing"));
        }
        Set<String> seen = new HashSet<>();
        for (String pair : raw.split("\\|", -1)) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw r.error("scores_embauche", ImportWords.say("import.company.pair", pair));
            }
            String rome = pair.substring(0, colon).trim();
            String score = pair.substring(colon + 1).trim();
            if (!RomeCode.isValid(rome)) {
                throw r.error("scores_embauche", ImportWords.say("import.value.rome", rome));
            }
            if (!SCORE.matcher(score).matches() || Integer.parseInt(score) > 100) {
                throw r.error("scores_embauche", ImportWords.say("import.company.score", score, rome));
            }
            if (!seen.add(rome)) {
                throw r.error("scores_embauche", ImportWords.say("import.company.romeTwice", rome));
            }
            scores.add(new HiringScore(siret, new RomeCode(rome), Integer.parseInt(score), source));
        }
        return scores;
    }
}
