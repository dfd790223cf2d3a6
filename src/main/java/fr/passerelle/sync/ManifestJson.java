package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a bundle manifest; a malformed one is refused with the field at fault, in French. */
public final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    public static BundleManifest read(byte[] json) throws SyncException {
        ManifestDto dto;
        try {
            dto = MAPPER.readValue(json, ManifestDto.class);
        } catch (java.io.IOException e) {
            throw new SyncException(Message.of("sync.manifest.json", Param.label(firstLine(e.getMessage()))));
        }
        if (dto == null || !BundleManifest.FORMAT.equals(dto.format)) {
            throw new SyncException(Message.of("sync.manifest.format", Param.label(BundleManifest.FORMAT),
                    Param.label(String.valueOf(dto == null ? null : dto.format))));
        }
        if (dto.version == null || dto.version.isBlank()) {
            throw new SyncException(Message.of("sync.manifest.version"));
        }
        if (dto.files == null || dto.files.isEmpty()) {
            throw new SyncException(Message.of("sync.manifest.noFiles"));
        }
        Instant created;
        try {
            created = Instant.parse(dto.createdAt);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new SyncException(Message.of("sync.manifest.createdAt", Param.label(String.valueOf(dto.createdAt))));
        }
        List<BundleManifest.BundleFile> files = new ArrayList<>();
        int index = 0;
        for (ManifestDto.FileDto f : dto.files) {
            try {
                files.add(new BundleManifest.BundleFile(f.name, f.kind, f.scope, f.label, f.version, f.sha256, f.bytes, f.lines,
                        f.gzipSha256, f.gzipBytes, f.url));
            } catch (BundleManifest.InvalidFile e) {
                throw new SyncException(Message.of("sync.manifest.file", SyncWords.digits(index), Param.of(e.said())));
            } catch (RuntimeException e) {
                throw new SyncException(Message.of("sync.manifest.file", SyncWords.digits(index),
                        Param.label(String.valueOf(e.getMessage()))));
            }
            index++;
        }
        return new BundleManifest(dto.version, created, files);
    }

    public static byte[] write(BundleManifest manifest) {
        ManifestDto dto = new ManifestDto();
        dto.format = BundleManifest.FORMAT;
        dto.version = manifest.version();
        dto.createdAt = manifest.createdAt().toString();
        dto.files = new ArrayList<>();
        for (BundleManifest.BundleFile f : manifest.files()) {
            ManifestDto.FileDto d = new ManifestDto.FileDto();
            d.name = f.name();
            d.kind = f.kind();
            d.scope = f.scope();
            d.label = f.label();
            d.version = f.version();
            d.sha256 = f.sha256();
            d.bytes = f.bytes();
            d.lines = f.lines();
            d.gzipSha256 = f.gzipSha256();
            d.gzipBytes = f.gzipBytes();
            d.url = f.url();
            dto.files.add(d);
        }
        try {
            return MAPPER.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
