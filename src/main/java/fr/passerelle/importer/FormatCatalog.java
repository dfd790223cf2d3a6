package fr.passerelle.importer;

import fr.passerelle.importer.bmo.BmoFormat;
import fr.passerelle.importer.company.CompanyFormats;
import fr.passerelle.importer.fap.FapFormats;
import fr.passerelle.importer.geo.TerritoryFormats;
import fr.passerelle.importer.lbb.LaBonneBoiteFormats;
import fr.passerelle.importer.market.LabourMarketFormats;
import fr.passerelle.importer.rome.Rome3Formats;
import fr.passerelle.importer.rome.Rome4Formats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every format Passerelle recognises, in import order. */
public final class FormatCatalog {
    private final List<DatasetFormat> formats;

    public FormatCatalog(List<DatasetFormat> formats) {
        List<DatasetFormat> sorted = new ArrayList<>(formats);
        sorted.sort(Comparator.comparingInt(DatasetFormat::order));
        Set<String> kinds = new HashSet<>();
        for (DatasetFormat f : sorted) {
            if (!kinds.add(f.kind())) {
                throw new IllegalArgumentException("two formats share the kind " + f.kind());
            }
        }
        this.formats = Collections.unmodifiableList(sorted);
    }

    /** The official open-data formats of the referentials, territory, labour market and companies. */
    public static FormatCatalog standard() {
        List<DatasetFormat> all = new ArrayList<>();
        all.addAll(Rome4Formats.all());
        all.addAll(Rome3Formats.all());
        all.addAll(TerritoryFormats.all());
        all.addAll(LabourMarketFormats.all());
        all.addAll(FapFormats.all());
        all.addAll(LaBonneBoiteFormats.all());
        all.add(new BmoFormat());
        all.addAll(CompanyFormats.all());
        return new FormatCatalog(all);
    }

    public List<DatasetFormat> all() {
        return formats;
    }

    public Optional<DatasetFormat> byName(String fileName) {
        return formats.stream().filter(f -> f.matchesName(fileName)).findFirst();
    }

    public Optional<DatasetFormat> byHeader(List<String> header) {
        return formats.stream().filter(f -> f.matchesHeader(header)).findFirst();
    }

    public Optional<DatasetFormat> byKind(String kind) {
        return formats.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
