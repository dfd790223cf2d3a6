package fr.passerelle.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@link SyncState} durably; an unreadable state file is treated as no state (it holds no data). */
public final class SyncStateStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SyncStateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Dto {
        public String source;
        public String etag;
        public String version;
        public String syncedAt;
        public String lastAttemptAt;
        public String offlineSince;
        public Map<String, SyncedDto> files = new LinkedHashMap<>();
        public List<String> lastReport = new ArrayList<>();
        public List<String> lastReportEnglish = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class SyncedDto {
        public String name;
        public String version;
        public String sha256;
        public long lines;
        public Map<String, Double> figures = new LinkedHashMap<>();
        public List<String> codes = new ArrayList<>();
        public Map<String, Double> areaOffers = new LinkedHashMap<>();
    }

    public SyncState load() {
        if (!Files.exists(file)) {
            return SyncState.EMPTY;
        }
        try {
            Dto dto = MAPPER.readValue(file.toFile(), Dto.class);
            Map<String, SyncState.Synced> files = new LinkedHashMap<>();
            dto.files.forEach((k, v) -> files.put(k, new SyncState.Synced(v.name, v.version, v.sha256, v.lines,
                    new KeyFigures(orEmpty(v.figures), v.codes == null ? java.util.Set.of() : new java.util.TreeSet<>(v.codes),
                            orEmpty(v.areaOffers)))));
            return new SyncState(dto.source, dto.etag, dto.version, instant(dto.syncedAt), instant(dto.lastAttemptAt),
                    instant(dto.offlineSince), files, dto.lastReport == null ? List.of() : dto.lastReport,
                    dto.lastReportEnglish == null ? List.of() : dto.lastReportEnglish);
        } catch (IOException | RuntimeException e) {
            // Only bookkeeping lives here: forgetting it means one full manifest GET and no jump check this time.
            return SyncState.EMPTY;
        }
    }

    public void save(SyncState state) throws IOException {
        Dto dto = new Dto();
        dto.source = state.source();
        dto.etag = state.etag();
        dto.version = state.version();
        dto.syncedAt = text(state.syncedAt());
        dto.lastAttemptAt = text(state.lastAttemptAt());
        dto.offlineSince = text(state.offlineSince());
        state.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SyncedDto s = new SyncedDto();
            s.name = e.getValue().name();
            s.version = e.getValue().version();
            s.sha256 = e.getValue().sha256();
            s.lines = e.getValue().lines();
            KeyFigures f = e.getValue().figures();
            s.figures = new java.util.TreeMap<>(f.values());
            s.codes = f.codes().stream().sorted().toList();
            s.areaOffers = new java.util.TreeMap<>(f.areaOffers());
            dto.files.put(e.getKey(), s);
        });
        dto.lastReport = state.lastReport();
        dto.lastReportEnglish = state.lastReportEnglish();
        DurableFiles.write(file, MAPPER.writeValueAsBytes(dto));
    }

    private static Map<String, Double> orEmpty(Map<String, Double> map) {
        return map == null ? Map.of() : map;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
