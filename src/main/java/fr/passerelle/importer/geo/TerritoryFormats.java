package fr.passerelle.importer.geo;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.territory.AreaScheme;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.Region;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportWords;
import java.util.List;

/**
 * Territory: INSEE regions, départements and communes (with postal codes and WGS84 centres), the commune →
 * BMO employment area table, and the simplified GeoJSON outlines.
 */
public final class TerritoryFormats {
    private static final String DEPARTEMENT = "(?:[0-9]{2}|2[AB]|97[0-9])";
    private static final String REGION = "[0-9]{2}";

    private TerritoryFormats() {
    }

    public static List<DatasetFormat> all() {
        return List.of(
            CsvFormat.builder("geo.regions", "Régions").order(40)
                .fileName("regions\\.csv").header("code_region", "nom_region")
                .rows((r, c) -> c.emit(new Region(r.matching("code_region", REGION, ImportWords.say("import.expected.region")),
                        r.text("nom_region")))),
            CsvFormat.builder("geo.departements", "Départements").order(41)
                .fileName("departements\\.csv").header("code_departement", "nom_departement", "code_region")
                .rows((r, c) -> c.emit(new Departement(r.matching("code_departement", DEPARTEMENT, ImportWords.say("import.expected.departement")),
                        r.text("nom_departement"), r.matching("code_region", REGION, ImportWords.say("import.expected.region"))))),
            CsvFormat.builder("geo.communes", "Communes (INSEE, codes postaux, coordonnées)").order(42)
                .fileName("communes\\.csv")
                .header("code_insee", "nom_commune", "code_departement", "code_region", "codes_postaux", "latitude", "longitude")
                .rows((r, c) -> {
                    InseeCode insee = r.insee("code_insee");
                    c.emit(new Commune(insee, r.text("nom_commune"),
                            r.matching("code_departement", DEPARTEMENT, ImportWords.say("import.expected.departement")),
                            r.matching("code_region", REGION, ImportWords.say("import.expected.region")),
                            r.optDecimal("latitude"), r.optDecimal("longitude")));
                    for (String postal : r.raw("codes_postaux").split("\\|")) {
                        if (!postal.isBlank() && c.firstTime(insee.value() + postal.strip())) {
                            c.emitDerived(new CommunePostalCode(insee, postal.strip()));
                        }
                    }
                }),
            // Employment areas and the commune link come from the same file; historic commune codes are kept.
            CsvFormat.builder("geo.communes_bassins_bmo", "Bassins d'emploi BMO par commune").order(43)
                .fileName("communes_bassins_bmo\\.csv")
                .header("code_region", "code_departement", "code_commune_insee", "code_bassin_bmo", "libelle_bassin_bmo")
                .rows((r, c) -> {
                    String area = r.matching("code_bassin_bmo", "[0-9]{4}", ImportWords.say("import.expected.bmoArea"));
                    if (c.firstTime(area)) {
                        c.emitDerived(new EmploymentArea(AreaScheme.BMO, area, r.text("libelle_bassin_bmo")));
                    }
                    c.emit(new CommuneEmploymentArea(AreaScheme.BMO, r.insee("code_commune_insee"), area));
                }),
            new GeoJsonOutlineFormat("geo.region_outlines", "Contours des régions", 44, "region", "regions(-version-simplifiee)?\\.geojson"),
            new GeoJsonOutlineFormat("geo.departement_outlines", "Contours des départements", 45, "departement",
                    "departements(-version-simplifiee)?\\.geojson"));
    }
}
