package fr.passerelle.engine.index.persist;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * One persisted index on disk: a fixed 64-byte header, then the payload.
 *
 * <pre>
 * 0   8  magic "PSRLIDX1"
 * 8   4  kind (what the payload holds: path index, job titles)
 * 12  4  format version of that kind (the code's layout; another one is never read)
 * 16  8  layout fingerprint (a hash of the record shapes the payload encodes: a changed record is a new layout)
 * 24  8  payload length in bytes
 * 32  8  CRC-32C of the payload
 * 40  24 generation id ("g000042"), UTF-8, zero-padded
 * </pre>
 *
 * Written to a temporary file beside the target, forced to disk, then renamed over it atomically and the folder
 * forced: a reader sees the old file, the new one or none, never a partial one. Read by mapping the file and checking
 * every header field and the checksum before anything else looks at it.
 */
public final class IndexFile {
    static final int HEADER = 64;
    private static final byte[] MAGIC = "PSRLIDX1".getBytes(StandardCharsets.US_ASCII);
    private static final int GENERATION_BYTES = 24;
    private static final String TEMP = ".tmp-";

    /** What a file holds and in which layout: all must match for a file to be read. */
    public record Layout(int kind, int version, long fingerprint) {
    }

    /** Writes the payload. */
    @FunctionalInterface
    public interface PayloadWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private IndexFile() {
    }

    /** Writes {@code file} atomically; returns its size. The folder is created when missing. */
    public static long write(Path file, Layout layout, String generation, PayloadWriter payload) throws IOException {
        Path temp = writeTemp(file, layout, generation, payload);
        try {
            long size = Files.size(temp);
            publish(temp, file);
            return size;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes the complete file (header, payload, forced to disk) under a temporary name beside {@code file},
     * {@code NAME.tmp-PID-NANOS}, and returns that name; on any failure, cancellation included, deletes it. The folder
     * is created when missing.
     */
    public static Path writeTemp(Path file, Layout layout, String generation, PayloadWriter payload) throws IOException {
        byte[] id = generation.getBytes(StandardCharsets.UTF_8);
        if (id.length > GENERATION_BYTES) {
            throw new IllegalArgumentException("generation id too long: " + generation);
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + TEMP + ProcessHandle.current().pid() + "-" + System.nanoTime());
        boolean done = false;
        try {
            CRC32C crc = new CRC32C();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.position(HEADER);
                CountingCrcStream counting = new CountingCrcStream(Channels.newOutputStream(channel), crc);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 16));
                payload.write(out);
                out.flush();
                long length = counting.count;
                ByteBuffer header = ByteBuffer.allocate(HEADER);
                header.put(MAGIC).putInt(layout.kind()).putInt(layout.version()).putLong(layout.fingerprint())
                        .putLong(length).putLong(crc.getValue()).put(id);
                header.position(0);
                channel.write(header, 0);
                channel.force(true);
            }
            done = true;
            return temp;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Renames a complete temporary file over {@code file} atomically, then forces the folder. */
    public static void publish(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(file.getParent());
    }

    /**
     * True for a temporary file of {@link #writeTemp} whose writer is gone (killed during a write): such a file is never
     * read and may be removed. A live process's file is left alone, since it may still be writing or reading it.
     */
    public static boolean abandonedTemp(Path file) {
        String name = file.getFileName().toString();
        int at = name.indexOf(TEMP);
        if (at < 0) {
            return false;
        }
        String rest = name.substring(at + TEMP.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true; // not named by this code: nobody is writing it
        }
    }

    /**
     * Maps {@code file} and checks it: magic, kind, format version, layout, generation, length and checksum. The
     * returned buffer is positioned at the payload's start and limited to its end.
     */
    public static ByteBuffer read(Path file, Layout layout, String generation) throws IndexFileException {
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER) {
                throw new IndexFileException("index tronqué (" + size + " octets) : " + file);
            }
            if (size > Integer.MAX_VALUE) {
                throw new IndexFileException("index trop grand pour être lu (" + size + " octets) : " + file);
            }
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (NoSuchFileException e) {
            throw new IndexFileException("pas d'index enregistré : " + file, e);
        } catch (IOException e) {
            throw new IndexFileException("index illisible : " + file + " (" + e.getMessage() + ")", e);
        }
        byte[] magic = new byte[MAGIC.length];
        map.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IndexFileException("ce fichier n'est pas un index de Passerelle : " + file);
        }
        int kind = map.getInt();
        int version = map.getInt();
        long fingerprint = map.getLong();
        if (kind != layout.kind() || version != layout.version() || fingerprint != layout.fingerprint()) {
            throw new IndexFileException("index écrit dans un autre format (type " + kind + ", version " + version
                    + ") que celui de cette version de Passerelle (type " + layout.kind() + ", version " + layout.version()
                    + ") : " + file);
        }
        long length = map.getLong();
        long checksum = map.getLong();
        byte[] id = new byte[GENERATION_BYTES];
        map.get(id);
        String written = new String(id, StandardCharsets.UTF_8).replace("\0", "");
        if (!written.equals(generation)) {
            throw new IndexFileException("index construit pour les données " + written + ", pas pour " + generation + " : " + file);
        }
        if (length != map.capacity() - HEADER) {
            throw new IndexFileException("index tronqué ou rallongé (" + (map.capacity() - HEADER) + " octets au lieu de "
                    + length + ") : " + file);
        }
        ByteBuffer payload = map.slice(HEADER, (int) length);
        CRC32C crc = new CRC32C();
        crc.update(payload.duplicate());
        if (crc.getValue() != checksum) {
            throw new IndexFileException("index abîmé (somme de contrôle fausse) : " + file);
        }
        return payload;
    }

    /** Forces a folder's entries to disk (a no-op where the platform cannot open folders, as on Windows). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows: folders cannot be opened; the rename is durable there by other means.
        }
    }

    /** Counts and checksums what goes through, for the header. */
    private static final class CountingCrcStream extends OutputStream {
        private final OutputStream out;
        private final CRC32C crc;
        long count;

        CountingCrcStream(OutputStream out, CRC32C crc) {
            this.out = out;
            this.crc = crc;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            count += len;
        }
    }
}
