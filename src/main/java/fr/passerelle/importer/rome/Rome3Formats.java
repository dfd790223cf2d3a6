package fr.passerelle.importer.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeItemKind;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.CsvRow;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.util.List;

/**
 * The ROME 3 export ({@code unix_*_v3NN_utf8.csv}). Kept because most labour-market data is keyed by ROME 3
 * codes and because its mobility links are typed (proche / évolution). References between its files are not
 * enforced: the available v3.47 set lacks fiche L1510 that 22 appellations and 8 links still point to, and its
 * item file is partial; those rows are real and are kept.
 */
public final class Rome3Formats {
    private static final Referential V3 = Referential.V3;

    private Rome3Formats() {
    }

    private static String name(String stem) {
        return "unix_" + stem + "_v3\\d{2}_utf8\\.csv";
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("rome3.occupations", "ROME 3 – fiches métiers").order(30)
                .fileName(name("referentiel_code_rome")).header("code_rome", "code_fiche_em", "code_ogr", "libelle_rome", "statut")
                .rows((r, c) -> c.emit(new Occupation(V3, r.rome("code_rome"), r.text("code_ogr"), v3Text(r.text("libelle_rome")),
                        r.optText("code_fiche_em"), null, null, null, null, false, false))),
            CsvFormat.builder("rome3.appellations", "ROME 3 – appellations").order(31)
                .fileName(name("referentiel_appellation"))
                .header("code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome",
                        "code_type_section_appellation", "libelle_type_section_appellation", "statut")
                .rows((r, c) -> c.emit(new Appellation(V3, r.text("code_ogr"), v3Text(r.text("libelle_appellation_long")),
                        v3Text(r.optText("libelle_appellation_court")), r.rome("code_rome"),
                        r.optText("libelle_type_section_appellation"), false))),
            CsvFormat.builder("rome3.mobility", "ROME 3 – mobilités (proche / évolution)").order(32)
                .fileName(name("rubrique_mobilite"))
                .header("code_rome", "code_rome_cible", "code_appellation_source", "code_appellation_cible",
                        "code_type_mobilite", "libelle_type_mobilite")
                .rows((r, c) -> c.emit(new MobilityLink(V3, r.rome("code_rome"), r.rome("code_rome_cible"), null,
                        mobilityType(r), r.optText("code_appellation_source"), r.optText("code_appellation_cible")))),
            CsvFormat.builder("rome3.skills", "ROME 3 – compétences").order(33)
                .fileName(name("referentiel_competence"))
                .header("code_ogr", "libelle_competence", "code_type_competence", "libelle_type_competence", "statut")
                .rows((r, c) -> c.emit(new RomeItem(V3, r.text("code_ogr"), RomeItemKind.V3_SKILL, v3Text(r.text("libelle_competence")),
                        r.optText("code_type_competence"), r.optText("libelle_type_competence"), null, null, null))),
            CsvFormat.builder("rome3.coherence_items", "ROME 3 – items par fiche").order(34)
                .fileName(name("coherence_item")).header("code_rome", "code_ogr")
                .rows((r, c) -> c.emit(new CoherenceItem(V3, r.rome("code_rome"), r.text("code_ogr"), null))));
    }

    /** The ROME 3 export escapes apostrophes SQL-style inside CSV fields ("d''engins"): undo it. */
    static String v3Text(String value) {
        return value == null ? null : value.replace("''", "'");
    }

    private static MobilityType mobilityType(CsvRow row) throws ImportException {
        String code = row.text("code_type_mobilite");
        return switch (code) {
            case "1" -> MobilityType.PROCHE;
            case "2" -> MobilityType.EVOLUTION;
            default -> throw row.error("code_type_mobilite", ImportWords.say("import.rome3.mobility", code));
        };
    }
}
