package fr.passerelle.importer.lbb;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.company.Siret;
import fr.passerelle.domain.market.ContactMode;
import fr.passerelle.domain.market.NafLabel;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.RomeNafHiring;
import fr.passerelle.domain.territory.AreaScheme;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.CsvRow;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.util.List;

/**
 * La Bonne Boite's reference tables: which NAF sectors hire each ROME (3) code, the "ROME connexes" per
 * employment area (LBB codes, unpadded), the commune → area table in that coding, contact modes, and its
 * establishment export layout.
 */
public final class LaBonneBoiteFormats {
    private static final String NAF = "[0-9]{4}[A-Z]";
    private static final String AREA = "[0-9]{1,4}";

    private LaBonneBoiteFormats() {
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("lbb.naf_labels", "NAF rév. 2 – libellés").order(70)
                .fileName("naf_labels\\.csv").header("naf_id", "naf_label")
                .rows((r, c) -> c.emit(new NafLabel(r.matching("naf_id", NAF, ImportWords.say("import.expected.naf")), r.text("naf_label")))),
            CsvFormat.builder("lbb.rome_naf", "Embauches par métier et secteur NAF (La Bonne Boite)").order(71)
                .fileName("rome_naf_mapping\\.csv").header("rome_id", "rome_label", "naf_id", "naf_label", "hirings")
                .rows((r, c) -> c.emit(new RomeNafHiring(r.rome("rome_id"), r.matching("naf_id", NAF, ImportWords.say("import.expected.naf")),
                        r.nonNegativeInteger("hirings")))),
            CsvFormat.builder("lbb.commune_bassins", "Bassins d'emploi La Bonne Boite par commune").order(72)
                .fileName("bassin_emploi_code_insee\\.csv").header("code_insee", "code_bassin_emploi")
                .rows((r, c) -> {
                    String area = r.matching("code_bassin_emploi", AREA, ImportWords.say("import.expected.lbbArea"));
                    if (c.firstTime(area)) {
                        c.emitDerived(new EmploymentArea(AreaScheme.LBB, area, null));
                    }
                    c.emit(new CommuneEmploymentArea(AreaScheme.LBB, r.insee("code_insee"), area));
                }),
            CsvFormat.builder("lbb.rome_connexe", "Métiers connexes par bassin (La Bonne Boite)").order(73)
                .fileName("bassin_emploi_rome_connexe\\.csv").header("code_bassin_emploi", "rome", "rome_connexe", "score")
                .rows((r, c) -> c.emit(new RomeConnexe(r.matching("code_bassin_emploi", AREA, ImportWords.say("import.expected.lbbArea")),
                        r.rome("rome"), r.rome("rome_connexe"), r.decimal("score")))),
            CsvFormat.builder("lbb.contact_modes", "Modes de candidature par secteur et métier").order(74)
                .fileName("contact_modes\\.csv").header("naf_prefix", "rome", "contact_mode")
                .rows((r, c) -> {
                    // Advice text, not reference data: a damaged row is reported and left out rather than
                    // blocking the file (the real export has one, "K1401Conception" at line 995).
                    if (!fr.passerelle.domain.RomeCode.isValid(r.raw("rome"))) {
                        c.reject(r.where(), ImportWords.say("import.reject.romeRow", r.raw("rome")));
                        return;
                    }
                    ContactMode mode = new ContactMode(r.matching("naf_prefix", "[0-9]{2}", ImportWords.say("import.expected.nafDivision")),
                            r.rome("rome"), r.optText("contact_mode"));
                    if (mode.mode() == null) {
                        c.reject(r.where(), ImportWords.say("import.reject.noContactMode"));
                    } else {
                        c.emit(mode);
                    }
                }),
            CsvFormat.builder("lbb.establishments", "Établissements (export La Bonne Boite)").order(75)
                .fileName("etablissements.*\\.csv").regional()
                .header("dc_siretetablissement", "dc_raisonsocialeentreprise", "dc_enseigne", "dc_nafrev2_id",
                        "dc_numerodansvoie", "dc_libnomrue", "dc_commune_etablissement_id", "dc_codepostal",
                        "dc_trancheeffectif_id", "dn_effectifreelentreprise", "dc_trancheeffectifentreprise",
                        "dd_datecreationentreprise", "dc_sitewebetablissement_1", "dc_sitewebetablissement_2",
                        "dc_urlentreprise", "dc_rolepmsmp", "contrat_afpr", "contrat_poe", "contrat_pmsmp")
                .rows(LaBonneBoiteFormats::establishment));
    }

    /**
     * One establishment per row, independent of the others: a row without a valid SIRET (14 digits and its
     * check digits) or commune, or with a value the establishment record refuses, is reported and left out, as La
     * Bonne Boite's own importer does (the 2016 sample has a record broken across two lines and two test SIRETs
     * whose check digit is wrong).
     */
    private static void establishment(CsvRow r, ReadContext c) throws ImportException {
        String siret = r.raw("dc_siretetablissement");
        if (!Siret.isValid(siret)) {
            c.reject(r.where(), ImportWords.say("import.reject.establishment", ImportWords.siretProblem(siret)));
            return;
        }
        if (!InseeCode.isValid(r.raw("dc_commune_etablissement_id"))) {
            c.reject(r.where(), ImportWords.say("import.reject.insee", r.raw("dc_commune_etablissement_id")));
            return;
        }
        String bracket = r.optText("dc_trancheeffectif_id");
        if ("NN".equals(bracket)) {
            bracket = null; // SIRENE's "unité non employeuse": no bracket
        }
        String address = String.join(" ", r.raw("dc_numerodansvoie"), r.raw("dc_libnomrue")).trim();
        String postalCode = r.optText("dc_codepostal");
        try {
            c.emit(new Establishment(new Siret(siret), r.text("dc_raisonsocialeentreprise"), r.optText("dc_enseigne"),
                    r.optMatching("dc_nafrev2_id", NAF, ImportWords.say("import.expected.naf")), bracket, null, null,
                    address.isEmpty() ? null : address, r.insee("dc_commune_etablissement_id"), null, postalCode,
                    null, null, r.optDate("dd_datecreationentreprise"), r.optText("dc_sitewebetablissement_1")));
        } catch (IllegalArgumentException e) {
            c.reject(r.where(), ImportWords.say("import.reject.establishment", ImportWords.of(e)));
        }
    }
}
