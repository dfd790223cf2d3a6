package fr.passerelle.importer.fap;

import fr.passerelle.domain.market.Fap2021;
import fr.passerelle.domain.market.FapLabel;
import fr.passerelle.domain.market.FapPcsRome;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportWords;
import java.util.List;

/** DARES occupational families (FAP) and their crosswalks with ROME 3: how BMO figures reach a ROME code. */
public final class FapFormats {
    private static final String FAP2009 = "[A-Z][0-9][A-Z][0-9]{2}";

    private FapFormats() {
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("fap.rome_v3_to_fap2009", "ROME 3 → FAP-2009").order(60)
                .fileName("rome_v3_to_fap2009\\.csv").header("code_rome", "qualification", "code_fap2009", "regle")
                .rows((r, c) -> c.emit(new RomeFap(r.rome("code_rome"), r.optMatching("qualification", "[0-9]", ImportWords.say("import.expected.qualification")),
                        r.matching("code_fap2009", FAP2009, ImportWords.say("import.expected.fap2009")), r.text("regle")))),
            CsvFormat.builder("fap.labels2009", "FAP-2009 – libellés").order(61)
                .fileName("fap2009_labels\\.csv").header("niveau", "code_fap2009", "libelle")
                .rows((r, c) -> c.emit(new FapLabel("2009", r.text("niveau"), r.text("code_fap2009"), r.text("libelle")))),
            CsvFormat.builder("fap.pcs_rome2009", "FAP-2009 ↔ PCS ↔ ROME 3").order(62)
                .fileName("fap2009_pcs_rome_v3\\.csv").header("code_fap2009", "code_pcs", "code_rome")
                .rows((r, c) -> c.emit(new FapPcsRome(r.matching("code_fap2009", FAP2009, ImportWords.say("import.expected.fap2009")),
                        r.matching("code_pcs", "[0-9]{2,3}[a-z]?", ImportWords.say("import.expected.pcs")), r.rome("code_rome")))),
            CsvFormat.builder("fap.nomenclature2021", "FAP-2021 – nomenclature").order(63)
                .fileName("fap2021_nomenclature\\.csv")
                .header("code_fap_341", "intitule_fap_341", "code_fap_228", "intitule_fap_228", "code_fap_86",
                        "intitule_fap_86", "code_fap_22", "intitule_fap_22")
                .rows((r, c) -> c.emit(new Fap2021(r.text("code_fap_341"), r.text("intitule_fap_341"), r.text("code_fap_228"),
                        r.text("intitule_fap_228"), r.text("code_fap_86"), r.text("intitule_fap_86"), r.text("code_fap_22"),
                        r.text("intitule_fap_22")))));
    }
}
