package fr.passerelle.importer.rome;

import static fr.passerelle.importer.KeySet.ROME4_CODES;
import static fr.passerelle.importer.KeySet.ROME4_GRAND_DOMAINS;
import static fr.passerelle.importer.KeySet.ROME4_ITEMS;
import static fr.passerelle.importer.KeySet.ROME4_PROFESSIONAL_DOMAINS;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.GrandDomain;
import fr.passerelle.domain.rome.MacroSkillRiasec;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.ProfessionalDomain;
import fr.passerelle.domain.rome.Riasec;
import fr.passerelle.domain.rome.RomeBlock;
import fr.passerelle.domain.rome.RomeBlockLink;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeItemKind;
import fr.passerelle.domain.rome.RomeNafSector;
import fr.passerelle.domain.rome.RomeNafSectorLink;
import fr.passerelle.domain.rome.RomeRubric;
import fr.passerelle.domain.rome.RomeText;
import fr.passerelle.domain.rome.RomeTreeNode;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportWords;
import java.util.List;

/**
 * The ROME 4.0 open-data export ({@code unix_*_vNNN_utf8.csv}, France Travail). The files of one export reference
 * each other, so these references are checked strictly: an appellation of an unknown code is an error.
 */
public final class Rome4Formats {
    private static final Referential V4 = Referential.V4;

    private Rome4Formats() {
    }

    private static String name(String stem) {
        return "unix_" + stem + "_v4\\d{2}_utf8\\.csv";
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("rome4.grand_domains", "ROME 4 – grands domaines").order(10)
                .fileName(name("grand_domaine")).header("code_grand_domaine", "libelle_grand_domaine")
                .rows((r, c) -> c.emit(new GrandDomain(r.matching("code_grand_domaine", "[A-Z]", ImportWords.say("import.expected.grandDomain")),
                        r.text("libelle_grand_domaine")))),
            CsvFormat.builder("rome4.professional_domains", "ROME 4 – domaines professionnels").order(11)
                .fileName(name("domaine_professionnel")).header("code_domaine_professionnel", "libelle_domaine_professionnel")
                .rows((r, c) -> c.emit(new ProfessionalDomain(
                        r.matching("code_domaine_professionnel", "[A-Z][0-9]{2}", ImportWords.say("import.expected.professionalDomain")),
                        r.text("libelle_domaine_professionnel")))),
            CsvFormat.builder("rome4.occupations", "ROME 4 – fiches métiers").order(12)
                .fileName(name("referentiel_code_rome"))
                .header("code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
                        "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent")
                .rows((r, c) -> c.emit(new Occupation(V4, r.rome("code_rome"), r.text("code_ogr"), r.text("libelle_rome"),
                        r.optText("code_fiche_metier"), r.optRome("code_rome_parent"), r.optText("transition_eco"),
                        r.optText("transition_num"), r.optText("transition_demo"), r.flag("emploi_reglemente"),
                        r.flag("emploi_cadre")))),
            CsvFormat.builder("rome4.tree", "ROME 4 – arborescence").order(13)
                .fileName(name("cr_gd_dp"))
                .header("code_rome", "libelle_rome", "code_grand_domaine", "libelle_grand_domaine",
                        "code_domaine_professionel", "libelle_domaine_professionel")
                .rows((r, c) -> {
                    String grand = r.text("code_grand_domaine");
                    String domain = r.text("code_domaine_professionel");
                    r.requireKnown("code_grand_domaine", grand, c.keys(ROME4_GRAND_DOMAINS), ImportWords.say("import.known.grandDomain"));
                    r.requireKnown("code_domaine_professionel", domain, c.keys(ROME4_PROFESSIONAL_DOMAINS), ImportWords.say("import.known.professionalDomain"));
                    c.emit(new RomeTreeNode(r.knownRome("code_rome", c, ROME4_CODES), grand, domain));
                }),
            CsvFormat.builder("rome4.appellations", "ROME 4 – appellations").order(14)
                .fileName(name("referentiel_appellation"))
                .header("code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "transition_eco",
                        "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre", "classification",
                        "origine", "code_rome_parent", "peu_usite")
                .rows((r, c) -> c.emit(new Appellation(V4, r.text("code_ogr"), r.text("libelle_appellation_long"),
                        r.optText("libelle_appellation_court"), r.knownRome("code_rome", c, ROME4_CODES),
                        r.optText("classification"), r.flag("peu_usite")))),
            CsvFormat.builder("rome4.mobility", "ROME 4 – mobilités").order(15)
                .fileName(name("rubrique_mobilite")).header("code_rome", "code_rome_cible", "numero_ordre")
                .rows((r, c) -> c.emit(new MobilityLink(V4, r.knownRome("code_rome", c, ROME4_CODES),
                        r.knownRome("code_rome_cible", c, ROME4_CODES), r.integer("numero_ordre"), null, null, null))),
            CsvFormat.builder("rome4.skills", "ROME 4 – compétences").order(16)
                .fileName(name("referentiel_competence"))
                .header("code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
                        "cat_comp", "sous_cat_comp", "transition_eco", "transition_num", "libelle_heterogeneite",
                        "libelle_origine")
                .rows((r, c) -> c.emit(new RomeItem(V4, r.text("code_ogr"), RomeItemKind.SKILL, r.text("libelle_competence"),
                        r.optText("nature"), r.optText("cat_comp"), r.optText("sous_cat_comp"), r.optText("definition"),
                        r.optText("code_ogr_macro_comp")))),
            CsvFormat.builder("rome4.knowledge", "ROME 4 – savoirs").order(16)
                .fileName(name("referentiel_savoir"))
                .header("code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco",
                        "transition_num")
                .rows((r, c) -> c.emit(new RomeItem(V4, r.text("code_ogr_savoir"), RomeItemKind.KNOWLEDGE,
                        r.text("libelle_savoir"), null, r.optText("categorie_savoir"), r.optText("sous_categorie_savoir"),
                        null, null))),
            CsvFormat.builder("rome4.work_contexts", "ROME 4 – contextes de travail").order(16)
                .fileName(name("referentiel_contexte_travail"))
                .header("code_ogr", "libelle_cont_travail", "code_type_cont_trav", "libelle_type_cont_trav")
                .rows((r, c) -> c.emit(new RomeItem(V4, r.text("code_ogr"), RomeItemKind.CONTEXT, r.text("libelle_cont_travail"),
                        r.optText("code_type_cont_trav"), r.optText("libelle_type_cont_trav"), null, null, null))),
            CsvFormat.builder("rome4.coherence_items", "ROME 4 – items par fiche").order(17)
                .fileName(name("coherence_item")).header("code_rome", "code_ogr", "coeur_metier")
                .rows((r, c) -> {
                    String ogr = r.text("code_ogr");
                    r.requireKnown("code_ogr", ogr, c.keys(ROME4_ITEMS), ImportWords.say("import.known.item"));
                    c.emit(new CoherenceItem(V4, r.knownRome("code_rome", c, ROME4_CODES), ogr, r.optText("coeur_metier")));
                }),
            CsvFormat.builder("rome4.blocks", "ROME 4 – blocs de fiche").order(18)
                .fileName(name("composition_bloc")).header("code_compo_bloc", "libelle_bloc")
                .rows((r, c) -> c.emit(new RomeBlock(r.integer("code_compo_bloc"), r.text("libelle_bloc")))),
            CsvFormat.builder("rome4.rubrics", "ROME 4 – rubriques").order(19)
                .fileName(name("descriptif_rubrique"))
                .header("code_rubrique", "code_compo_bloc", "position_rubrique", "libelle_rubrique")
                .rows((r, c) -> c.emit(new RomeRubric(r.integer("code_rubrique"), r.integer("code_compo_bloc"),
                        r.integer("position_rubrique"), r.text("libelle_rubrique")))),
            CsvFormat.builder("rome4.block_links", "ROME 4 – liens fiche / référentiels").order(20)
                .fileName(name("liens_rome_referentiels"))
                .header("code_rome", "code_compo_bloc", "code_rubrique", "code_ogr")
                .rows((r, c) -> c.emit(new RomeBlockLink(r.knownRome("code_rome", c, ROME4_CODES),
                        r.integer("code_compo_bloc"), r.optInteger("code_rubrique"), r.text("code_ogr")))),
            CsvFormat.builder("rome4.texts", "ROME 4 – textes").order(21)
                .fileName(name("texte"))
                .header("code_rome", "code_compo_bloc", "libelle_type_texte", "position_phrase", "libelle_texte")
                .rows((r, c) -> c.emit(new RomeText(r.knownRome("code_rome", c, ROME4_CODES), r.integer("code_compo_bloc"),
                        r.text("libelle_type_texte"), r.integer("position_phrase"), r.text("libelle_texte")))),
            CsvFormat.builder("rome4.riasec", "ROME 4 – profils RIASEC").order(22)
                .fileName(name("referentiel_code_rome_riasec")).header("code_rome", "riasec_majeur", "riasec_mineur")
                .rows((r, c) -> c.emit(new Riasec(r.knownRome("code_rome", c, ROME4_CODES),
                        r.matching("riasec_majeur", "[RIASEC]", ImportWords.say("import.expected.riasec")),
                        r.optMatching("riasec_mineur", "[RIASEC]", ImportWords.say("import.expected.riasec"))))),
            CsvFormat.builder("rome4.macro_skill_riasec", "ROME 4 – RIASEC des macro-compétences").order(23)
                .fileName(name("referentiel_macro_competence_riasec")).header("code_ogr", "riasec_majeur", "riasec_mineur")
                .rows((r, c) -> c.emit(new MacroSkillRiasec(r.text("code_ogr"),
                        r.optMatching("riasec_majeur", "[RIASEC]", ImportWords.say("import.expected.riasec")),
                        r.optMatching("riasec_mineur", "[RIASEC]", ImportWords.say("import.expected.riasec"))))),
            CsvFormat.builder("rome4.naf_sectors", "ROME 4 – secteurs d'activité").order(24)
                .fileName(name("secteur_naf")).header("code_tech_secteur_naf", "code_secteur_naf", "libelle_secteur_naf")
                .rows((r, c) -> c.emit(new RomeNafSector(r.integer("code_tech_secteur_naf"), r.text("code_secteur_naf"),
                        r.text("libelle_secteur_naf")))),
            CsvFormat.builder("rome4.naf_sector_links", "ROME 4 – fiches par secteur").order(25)
                .fileName(name("arborescence_secteur_naf"))
                .header("code_secteur_naf", "libelle_secteur_naf", "code_ogr_rome", "code_rome", "libelle_rome")
                .rows((r, c) -> c.emit(new RomeNafSectorLink(r.text("code_secteur_naf"), r.text("code_ogr_rome"),
                        r.knownRome("code_rome", c, ROME4_CODES)))));
    }
}
