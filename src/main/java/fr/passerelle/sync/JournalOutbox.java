package fr.passerelle.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox as an append-only journal in the home's personal folder ({@code personal/outbox.journal}), each record
 * encrypted ({@link JournalCipher}) and forced to disk before the call returns: a crash loses nothing that was
 * reported added, and a record torn by the crash is ignored at the next start (it was never reported). Records: an item
 * added, sent (with the agency's status), rejected (with its reason). The state is the replay of the journal.
 * Retired: the outbox is now a table of the encrypted personal database; this class remains only as the reader that
 * {@code app.profile.JournalMigration} uses to move an existing journal into it once, before deleting it.
 */
public final class JournalOutbox implements Outbox {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path journal;
    private final JournalCipher cipher;
    private final Clock clock;
    private final String origin;
    private final Map<UUID, OutboxItem> pending = new LinkedHashMap<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final List<Sent> conflicts = new ArrayList<>();
    private long sequence;
    private int ignoredLines;

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Record {
        public String type;
        public String id;
        public long sequence;
        public String kind;
        public String subject;
        public long revision;
        public long baseRevision;
        public String origin;
        public String createdAt;
        public String payload;
        public String status;
        public String reason;
        public String at;
    }

    private JournalOutbox(Path journal, JournalCipher cipher, Clock clock, String origin) {
        this.journal = journal;
        this.cipher = cipher;
        this.clock = clock;
        this.origin = origin;
    }

    /** Opens (or creates) the outbox of a home's personal folder; {@code origin} names this laptop. */
    public static JournalOutbox open(Path personalFolder, String origin, Clock clock) throws IOException {
        Files.createDirectories(personalFolder);
        JournalOutbox outbox = new JournalOutbox(personalFolder.resolve("outbox.journal"),
                JournalCipher.openOrCreate(personalFolder.resolve("outbox.key")), clock, origin);
        outbox.replay();
        return outbox;
    }

    private void replay() throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        dropTornTail();
        for (String line : Files.readAllLines(journal, StandardCharsets.US_ASCII)) {
            if (line.isBlank()) {
                continue;
            }
            byte[] plain = cipher.open(line);
            if (plain == null) {
                ignoredLines++;
                continue;
            }
            apply(MAPPER.readValue(plain, Record.class));
        }
    }

    /**
     * A crash during an append can leave a last line without its newline: it was never reported written, and the next
     * record appended after it would share its line and be unreadable too. It is cut off (and counted as ignored).
     */
    private void dropTornTail() throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
                channel.force(true);
                ignoredLines++;
            }
        }
    }

    private void apply(Record r) {
        UUID id = UUID.fromString(r.id);
        switch (r.type) {
            case "add" -> {
                pending.put(id, new OutboxItem(id, r.sequence, OutboxItem.Kind.valueOf(r.kind), r.subject, r.revision,
                        r.baseRevision, r.origin, Instant.parse(r.createdAt), r.payload));
                sequence = Math.max(sequence, r.sequence);
            }
            case "sent" -> {
                OutboxItem item = pending.remove(id);
                if (item != null && "conflit".equals(r.status)) {
                    conflicts.add(new Sent(item, r.status, Instant.parse(r.at)));
                }
            }
            case "rejected" -> {
                OutboxItem item = pending.remove(id);
                if (item != null) {
                    rejected.add(new Rejected(item, r.reason, Instant.parse(r.at)));
                }
            }
            default -> ignoredLines++;
        }
    }

    /** Records that could not be read at start (a line torn by a crash): shown in the report, never guessed. */
    public int ignoredLines() {
        return ignoredLines;
    }

    @Override
    public synchronized OutboxItem add(OutboxItem.Kind kind, String subject, long revision, long baseRevision, String payloadJson)
            throws IOException {
        OutboxItem item = new OutboxItem(UUID.randomUUID(), sequence + 1, kind, subject, revision, baseRevision, origin,
                clock.instant(), payloadJson);
        Record r = new Record();
        r.type = "add";
        r.id = item.id().toString();
        r.sequence = item.sequence();
        r.kind = kind.name();
        r.subject = subject;
        r.revision = revision;
        r.baseRevision = baseRevision;
        r.origin = origin;
        r.createdAt = item.createdAt().toString();
        r.payload = payloadJson;
        append(r);
        apply(r);
        return item;
    }

    @Override
    public synchronized List<OutboxItem> pending() {
        return List.copyOf(pending.values());
    }

    @Override
    public synchronized List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    @Override
    public synchronized List<Sent> conflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public synchronized void markSent(UUID id, String status, Instant at) throws IOException {
        Record r = new Record();
        r.type = "sent";
        r.id = id.toString();
        r.status = status;
        r.at = at.toString();
        append(r);
        apply(r);
    }

    @Override
    public synchronized void markRejected(UUID id, String reason, Instant at) throws IOException {
        Record r = new Record();
        r.type = "rejected";
        r.id = id.toString();
        r.reason = reason;
        r.at = at.toString();
        append(r);
        apply(r);
    }

    /** One sealed line, appended and forced to disk (data and length) before returning. */
    private void append(Record r) throws IOException {
        String line = cipher.seal(MAPPER.writeValueAsBytes(r)) + "\n";
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }
}
