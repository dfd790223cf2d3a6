package fr.passerelle.importer.catalog;

import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.FormatRecognizer;

import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.IgnoredFile;

import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.bmo.BmoFormat;
import fr.passerelle.importer.company.CompanyFormats;
import fr.passerelle.importer.fap.FapFormats;
import fr.passerelle.importer.funding.FundingRulesFormat;
import fr.passerelle.importer.geo.TerritoryFormats;
import fr.passerelle.importer.lbb.LaBonneBoiteFormats;
import fr.passerelle.importer.market.LabourMarketFormats;
import fr.passerelle.importer.offers.JobOffersFormat;
import fr.passerelle.importer.rome.Rome3Formats;
import fr.passerelle.importer.rome.Rome4Formats;
import fr.passerelle.importer.training.TrainingFormats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every format Passerelle recognises, in import order. */
public final class FormatCatalog implements FormatRecognizer {
    private final List<DatasetFormat> formats;
    private final List<IgnoredFile> ignored;

    public FormatCatalog(List<DatasetFormat> formats) {
        this(formats, List.of());
    }

    /** {@code ignored}: files known by name that are deliberately not imported, each with the reason shown. */
    public FormatCatalog(List<DatasetFormat> formats, List<IgnoredFile> ignored) {
        List<DatasetFormat> sorted = new ArrayList<>(formats);
        sorted.sort(Comparator.comparingInt(DatasetFormat::order));
        Set<String> kinds = new HashSet<>();
        for (DatasetFormat f : sorted) {
            if (!kinds.add(f.kind())) {
                throw new IllegalArgumentException("two formats share the kind " + f.kind());
            }
        }
        this.formats = Collections.unmodifiableList(sorted);
        this.ignored = List.copyOf(ignored);
    }

    /** The official open-data formats of the referentials, territory, labour market, companies and trainings. */
    public static FormatCatalog standard() {
        List<DatasetFormat> all = new ArrayList<>();
        all.addAll(Rome4Formats.all());
        all.addAll(Rome3Formats.all());
        all.addAll(TerritoryFormats.all());
        all.addAll(LabourMarketFormats.all());
        all.add(new JobOffersFormat());
        all.addAll(FapFormats.all());
        all.addAll(LaBonneBoiteFormats.all());
        all.add(new BmoFormat());
        all.addAll(CompanyFormats.all());
        all.addAll(TrainingFormats.all());
        all.add(new FundingRulesFormat());
        List<IgnoredFile> ignored = new ArrayList<>(TrainingFormats.ignored());
        ignored.add(IgnoredFile.of("personas/[^/]+\\.json", ImportWords.say("import.skip.persona")));
        return new FormatCatalog(all, ignored);
    }

    public List<DatasetFormat> all() {
        return formats;
    }

    @Override
    public Optional<DatasetFormat> byName(String fileName) {
        return formats.stream().filter(f -> f.matchesName(fileName)).findFirst();
    }

    @Override
    public Optional<DatasetFormat> byHeader(List<String> header) {
        return formats.stream().filter(f -> f.matchesHeader(header)).findFirst();
    }

    /** For formats known by their content only (XML root element, JSON shape); see {@link DatasetFormat#matchesContent}. */
    @Override
    public Optional<DatasetFormat> byContent(Path file) {
        return formats.stream().filter(f -> f.matchesContent(file)).findFirst();
    }

    /** Why a file known by its name is deliberately not imported, if it is one of those. */
    @Override
    public Optional<Message> ignoredReason(String fileName) {
        return ignored.stream().filter(i -> i.fileName().matcher(fileName).matches()).map(IgnoredFile::reason).findFirst();
    }

    public Optional<DatasetFormat> byKind(String kind) {
        return formats.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
