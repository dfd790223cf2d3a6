package fr.passerelle.importer.company;

import fr.passerelle.importer.DatasetFormat;
import java.util.List;

/** Company sources that land in the one company table: Passerelle's company files and La Bonne Boite API v2. */
public final class CompanyFormats {
    private CompanyFormats() {
    }

    public static List<DatasetFormat> all() {
        return List.of(CompanyFileFormat.format(), new LaBonneBoiteV2Format());
    }
}
