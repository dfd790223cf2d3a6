package fr.passerelle.sync.central;

import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportPlan;
import fr.passerelle.importer.ImportService;
import fr.passerelle.sync.BundleManifest;
import fr.passerelle.sync.DurableFiles;
import fr.passerelle.sync.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a bundle from a folder of official files: the files the importer recognises (the same recognition as
 * {@code import}), each gzipped once into {@code work/files/<SHA-256 of the content>.gz}, and a manifest whose version
 * is a hash of the contents (same files, same version and ETag, whenever and wherever the bundle is built).
 */
public final class BundleBuilder {
    private BundleBuilder() {
    }

    public record Built(BundleManifest manifest, Path filesFolder, List<ImportPlan.SkippedFile> skipped) {
    }

    public static Built build(Path data, Path work, Clock clock) throws IOException, ImportException {
        ImportPlan plan = new ImportService(FormatCatalog.standard(), null, clock).plan(List.of(data));
        Path files = Files.createDirectories(work.resolve("files"));
        List<BundleManifest.BundleFile> entries = new ArrayList<>();
        MessageDigest version = Hashes.sha256();
        for (ImportPlan.PlannedFile planned : plan.files()) {
            Path file = planned.path();
            Hashes.Summary content;
            try (InputStream in = Files.newInputStream(file)) {
                content = Hashes.summarise(in);
            }
            Path gz = files.resolve(content.sha256() + ".gz");
            if (!Files.exists(gz)) {
                Path tmp = files.resolve(content.sha256() + ".gz.tmp");
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    Files.copy(file, out);
                }
                DurableFiles.move(tmp, gz);
            }
            var format = planned.format();
            entries.add(new BundleManifest.BundleFile(file.getFileName().toString(), format.kind(), format.scope(file),
                    format.label(), format.version(file), content.sha256(), content.bytes(), content.lines(),
                    Hashes.sha256(gz), Files.size(gz), "files/" + gz.getFileName()));
            version.update((file.getFileName() + " " + content.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (entries.isEmpty()) {
            throw new IOException("aucun fichier officiel reconnu dans " + data + " : rien à servir");
        }
        String id = "b" + Hashes.hex(version.digest()).substring(0, 16);
        return new Built(new BundleManifest(id, clock.instant(), entries), files, plan.skipped());
    }
}
