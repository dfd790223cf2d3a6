package fr.passerelle.importer;


import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports official files into the cache: recognises each file's format, orders them so referenced codes come
 * first, and replaces all their datasets in one transaction. Any malformed file aborts the whole run and leaves
 * the cache exactly as it was.
 */
public final class ImportService {
    private final FormatRecognizer catalog;
    private final ImportTarget target;
    private final Clock clock;

    public ImportService(FormatRecognizer catalog, ImportTarget target, Clock clock) {
        this.catalog = catalog;
        this.target = target;
        this.clock = clock;
    }

    /**
     * Expands folders (recursively), recognises formats and orders the files; reads only first lines. A file named
     * explicitly that is not recognised (or cannot be read) stops the import; under a folder it is listed as skipped.
     */
    public ImportPlan plan(List<Path> paths) throws ImportException {
        ImportFiles found = ImportFiles.collect(paths);
        List<ImportPlan.PlannedFile> planned = new ArrayList<>();
        List<ImportPlan.SkippedFile> skipped = new ArrayList<>(found.skipped());
        Map<String, Path> byDataset = new LinkedHashMap<>();
        for (ImportFiles.Found entry : found.files()) {
            Path file = entry.path();
            Optional<Message> ignored = catalog.ignoredReason(file.getFileName().toString())
                    .or(() -> file.getParent() == null || file.getParent().getFileName() == null ? Optional.empty()
                            : catalog.ignoredReason(file.getParent().getFileName() + "/" + file.getFileName()));
            if (ignored.isPresent()) {
                skipped.add(new ImportPlan.SkippedFile(file, ignored.get()));
                continue;
            }
            Optional<DatasetFormat> format;
            try {
                format = recognise(file);
            } catch (IOException e) {
                if (entry.explicit()) {
                    throw new ImportException(file.getFileName().toString(), 0, ImportFiles.unreadable(e));
                }
                skipped.add(new ImportPlan.SkippedFile(file, ImportFiles.unreadable(e)));
                continue;
            }
            if (format.isEmpty()) {
                if (entry.explicit()) {
                    throw new ImportException(file.getFileName().toString(), 0, ImportWords.say("import.format.unknown"));
                }
                skipped.add(new ImportPlan.SkippedFile(file, ImportWords.say("import.skip.unknown")));
                continue;
            }
            String key = DatasetInfo.key(format.get().kind(), format.get().scope(file));
            Path previous = byDataset.putIfAbsent(key, file);
            if (previous != null) {
                throw new ImportException(file.getFileName().toString(), 0, ImportWords.say("import.format.twice",
                        format.get().label(), previous));
            }
            planned.add(new ImportPlan.PlannedFile(file, format.get()));
        }
        planned.sort(Comparator.comparingInt((ImportPlan.PlannedFile p) -> p.format().order())
                .thenComparing(p -> p.path().toString()));
        return new ImportPlan(planned, skipped);
    }

    /** Runs the plan: every dataset of it is replaced at once, or nothing changes. */
    public ImportReport run(ImportPlan plan, ProgressListener progress) throws ImportException {
        return run(plan, progress, "");
    }

    /**
     * Runs the plan; {@code sourcePrefix} is put before each file name in the provenance (the bundled samples use
     * {@link DatasetInfo#SAMPLE_SOURCE_PREFIX}). Sample data never mixes with real data: a run of real files removes
     * (unless it holds only rules, see {@link DatasetFormat#replacesSamples()}) every sample dataset from the cache (the report lists them), and samples are only ever seeded into an empty
     * cache (a run of samples into a cache that holds data does nothing and returns null).
     */
    public ImportReport run(ImportPlan plan, ProgressListener progress, String sourcePrefix) throws ImportException {
        if (plan.files().isEmpty()) {
            // Nothing to import (only skipped files): nothing changes, the samples included.
            return new ImportReport(List.of(), plan.skipped(), List.of());
        }
        boolean samples = sourcePrefix.startsWith(DatasetInfo.SAMPLE_SOURCE_PREFIX);
        boolean replacesSamples = plan.files().stream().anyMatch(f -> f.format().replacesSamples());
        Set<String> keys = new LinkedHashSet<>();
        for (ImportPlan.PlannedFile file : plan.files()) {
            keys.add(DatasetInfo.key(file.format().kind(), file.format().scope(file.path())));
        }
        List<DatasetInfo> removed = new ArrayList<>();
        List<ImportReport.DatasetResult> results = target.atomically(new ImportTarget.Work<>() {
            @Override
            public ImportTarget.Changes changes(List<DatasetInfo> cached) {
                if (samples && !cached.isEmpty()) {
                    return ImportTarget.Changes.skipped();
                }
                Set<String> gone = new LinkedHashSet<>();
                for (DatasetInfo d : cached) {
                    if (!samples && replacesSamples && d.isSample()) {
                        removed.add(d);
                        gone.add(d.key());
                    }
                }
                return new ImportTarget.Changes(keys, gone, false);
            }

            @Override
            public List<ImportReport.DatasetResult> run(ImportSink sink) throws ImportException {
                List<ImportReport.DatasetResult> done = new ArrayList<>();
                for (ImportPlan.PlannedFile file : plan.files()) {
                    done.add(importFile(file, sink, progress, sourcePrefix));
                }
                return done;
            }
        });
        return results == null ? null : new ImportReport(results, plan.skipped(), removed);
    }

    private ImportReport.DatasetResult importFile(ImportPlan.PlannedFile planned, ImportSink sink,
                                                  ProgressListener progress, String sourcePrefix) throws ImportException {
        long start = System.nanoTime();
        Path file = planned.path();
        DatasetFormat format = planned.format();
        String source = sourcePrefix + file.getFileName().toString();
        String sha256 = sha256(file);
        DatasetInfo provisional = new DatasetInfo(format.kind(), format.scope(file), format.label(), source,
                format.version(file), clock.instant(), 0, 0, 0, sha256);
        sink.openDataset(provisional);
        ReadContext context = new ReadContext(sink, progress, format.label(), provisional.version());
        format.read(file, context);
        if (context.read() == 0) {
            // A file cut short (or an empty export) would otherwise empty the dataset it replaces.
            throw new ImportException(file.getFileName().toString(), 1, ImportWords.say("import.format.noData", format.label()));
        }
        DatasetInfo complete = new DatasetInfo(provisional.kind(), provisional.scope(), provisional.label(), source,
                provisional.version(), provisional.importedAt(), context.read(), context.stored(), context.rejected(),
                sha256);
        sink.closeDataset(complete);
        return new ImportReport.DatasetResult(complete, context.warnings(),
                java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    private Optional<DatasetFormat> recognise(Path file) throws IOException {
        Optional<DatasetFormat> byName = catalog.byName(file.getFileName().toString());
        if (byName.isPresent()) {
            return byName;
        }
        String first = firstLine(file);
        if (first == null) {
            return Optional.empty();
        }
        if (first.startsWith("\u00EF\u00BB\u00BF")) {
            first = first.substring(3); // a UTF-8 byte-order mark read as Latin-1
        }
        List<String> header = Arrays.stream(first.split(",", -1))
                .map(c -> CsvFormat.cleanHeader(c).replace("\"", "")).toList();
        Optional<DatasetFormat> byHeader = catalog.byHeader(header);
        return byHeader.isPresent() ? byHeader : catalog.byContent(file);
    }

    /** The first line, cut at 64 KB (a binary file may have no line break at all); null for an empty file. */
    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            // Latin-1 never fails to decode: this only sniffs an ASCII header.
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0 && c != '\n' && line.length() < 65_536) {
                line.append((char) c);
            }
            return c < 0 && line.length() == 0 ? null : line.toString().replaceFirst("\r$", "");
        }
    }

    static String sha256(Path file) throws ImportException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), 0, ImportWords.say("import.read", e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
