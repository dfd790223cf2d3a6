package fr.passerelle.importer.training;

import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.IgnoredFile;
import fr.passerelle.importer.ImportWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Training offer (LHEO catalogues of the Carif-Oref network, the Mon Compte Formation catalogue) and the Formacode
 * referential that links trainings to occupations.
 */
public final class TrainingFormats {

    private TrainingFormats() {
    }

    public static List<DatasetFormat> all() {
        List<DatasetFormat> all = new ArrayList<>(FormacodeFormats.all());
        all.add(LheoFormat.offers());
        all.add(LheoFormat.index());
        all.add(CpfCsvFormat.format());
        all.add(new CpfJsonFormat());
        return all;
    }

    /** Files of the training sources that are known but deliberately not imported. */
    public static List<IgnoredFile> ignored() {
        return List.of(
            IgnoredFile.of("rome_v2_to_formacode_[0-9]{4}\\.csv", ImportWords.say("import.skip.romeV2")),
            IgnoredFile.of("intercarif_.*\\.csv", ImportWords.say("import.skip.intercarif")));
    }
}
