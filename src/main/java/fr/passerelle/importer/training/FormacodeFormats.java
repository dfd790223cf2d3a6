package fr.passerelle.importer.training;

import fr.passerelle.domain.training.Formacode;
import fr.passerelle.domain.training.FormacodeCode;
import fr.passerelle.domain.training.RomeFormacode;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.CsvRow;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Formacode thesaurus (Centre Inffo, as the LHEO project distributes it, with named columns) and the
 * ROME 3 ↔ Formacode correspondence table. Both are national: a new edition replaces the previous one.
 */
final class FormacodeFormats {
    private static final Pattern NUMBERED = Pattern.compile("([0-9]{3}) (.+)");
    private static final Pattern EDITION = Pattern.compile("_v([0-9]+)(?:_([0-9]{4}))?");

    private FormacodeFormats() {
    }

    static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("formacode.thesaurus", "Formacode – thésaurus").order(78)
                .fileName("formacode_v[0-9]+_[0-9]{4}_thesaurus\\.csv")
                .header("code_formacode", "libelle_majuscules", "libelle", "type_descripteur", "champ_semantique",
                        "termes_non_preferes", "termes_generiques", "termes_specifiques", "termes_associes", "definition",
                        "note_application", "col12_niveau_ou_divers", "code_nsf", "codes_rome_v2", "libelle_officiel")
                .version(FormacodeFormats::edition)
                .rows((r, c) -> c.emit(thesaurusEntry(r))),
            CsvFormat.builder("formacode.rome_v3", "Correspondance ROME 3 – Formacode").order(79)
                .fileName("rome_v3_to_formacode_v[0-9]+.*\\.csv")
                .header("code_rome", "libelle_rome", "code_formacode", "libelle_descripteur_formacode")
                .version(FormacodeFormats::edition)
                .rows((r, c) -> c.emit(new RomeFormacode(r.rome("code_rome"), code(r, "code_formacode"),
                        r.optText("libelle_descripteur_formacode"), source(c.version())))));
    }

    private static Formacode thesaurusEntry(CsvRow r) throws ImportException {
        Matcher field = numbered(r, "champ_semantique");
        Matcher nsf = numbered(r, "code_nsf");
        String generic = r.optText("termes_generiques");
        FormacodeCode genericCode = null;
        if (generic != null) {
            // "31754 MANUTENTION" (one parent in the 2003 edition; the first one if a later edition lists several)
            String first = generic.length() >= 5 ? generic.substring(0, 5) : generic;
            if (!FormacodeCode.isValid(first)) {
                throw r.error("termes_generiques", ImportWords.say("import.formacode.generic", generic));
            }
            genericCode = new FormacodeCode(first);
        }
        return new Formacode(code(r, "code_formacode"), r.text("libelle"), r.optText("type_descripteur"),
                field == null ? null : field.group(1), field == null ? null : field.group(2), genericCode,
                nsf == null ? null : nsf.group(1), r.optText("termes_non_preferes"), r.optText("definition"));
    }

    private static FormacodeCode code(CsvRow r, String column) throws ImportException {
        String value = r.raw(column);
        if (!FormacodeCode.isValid(value)) {
            throw r.error(column, ImportWords.say("import.value.formacode", value));
        }
        return new FormacodeCode(value);
    }

    /** "317 MANUTENTION", "114 Mathématiques": the number and the label, or null when empty. */
    private static Matcher numbered(CsvRow r, String column) throws ImportException {
        String value = r.optText(column);
        if (value == null) {
            return null;
        }
        Matcher m = NUMBERED.matcher(value);
        if (!m.matches()) {
            throw r.error(column, ImportWords.say("import.formacode.numbered", value));
        }
        return m;
    }

    /** "V8 (2003)" from formacode_v8_2003_thesaurus.csv, "V11" from rome_v3_to_formacode_v11_excerpt.csv. */
    static String edition(Path file) {
        Matcher m = EDITION.matcher(file.getFileName().toString().replaceFirst("^rome_v3", ""));
        if (!m.find()) {
            return null;
        }
        return "V" + m.group(1) + (m.group(2) == null ? "" : " (" + m.group(2) + ")");
    }

    /** The correspondence's source, after the Formacode edition it was published for. */
    private static String source(String version) {
        return version == null ? "formacode-rome" : "formacode-" + version.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-rome";
    }
}
