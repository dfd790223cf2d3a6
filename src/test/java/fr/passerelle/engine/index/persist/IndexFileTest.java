package fr.passerelle.engine.index.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header and checksum of a persisted index: every damage is refused with a French reason, never read. */
class IndexFileTest {
    private static final IndexFile.Layout LAYOUT = new IndexFile.Layout(7, 3, 0x1234_5678_9ABCL);
    private static final byte[] PAYLOAD = payload();

    @TempDir
    Path dir;

    private static byte[] payload() {
        byte[] b = new byte[10_000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private Path written() throws IOException {
        Path file = dir.resolve("sub/test.bin");
        long size = IndexFile.write(file, LAYOUT, "g000042", out -> out.write(PAYLOAD));
        assertEquals(IndexFile.HEADER + PAYLOAD.length, size);
        return file;
    }

    @Test
    void readsBackThePayloadOfItsGeneration() throws Exception {
        ByteBuffer payload = IndexFile.read(written(), LAYOUT, "g000042");
        byte[] back = new byte[payload.remaining()];
        payload.get(back);
        assertArrayEquals(PAYLOAD, back);
    }

    @Test
    void leavesNoTemporaryFileAndReplacesAnOlderFile() throws Exception {
        Path file = written();
        IndexFile.write(file, LAYOUT, "g000042", out -> out.write(new byte[] {1, 2, 3}));
        ByteBuffer payload = IndexFile.read(file, LAYOUT, "g000042");
        assertEquals(3, payload.remaining());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "only the index itself, no temporary file");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = written();
        assertThrows(IOException.class, () -> IndexFile.write(file, LAYOUT, "g000042", out -> {
            out.write(new byte[5000]);
            throw new IOException("disque plein");
        }));
        assertEquals(PAYLOAD.length, IndexFile.read(file, LAYOUT, "g000042").remaining());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @ParameterizedTest(name = "truncated to {0} bytes")
    @CsvSource({"0", "10", "63", "64", "65", "5000", "10063"})
    void refusesATruncatedFile(int length) throws Exception {
        Path file = written();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, length));
        IndexFileException e = assertThrows(IndexFileException.class, () -> IndexFile.read(file, LAYOUT, "g000042"));
        assertTrue(e.getMessage().contains("tronqué"), e.getMessage());
    }

    @Test
    void refusesAFileWithBytesAdded() throws Exception {
        Path file = written();
        Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        IndexFileException e = assertThrows(IndexFileException.class, () -> IndexFile.read(file, LAYOUT, "g000042"));
        assertTrue(e.getMessage().contains("rallongé"), e.getMessage());
    }

    /** One flipped byte anywhere: in the magic, kind, version, fingerprint, length, checksum, generation or payload. */
    @ParameterizedTest(name = "byte {0} flipped → {1}")
    @CsvSource({
        "0, pas un index", "7, pas un index", "8, autre format", "13, autre format", "17, autre format",
        "27, tronqué ou rallongé", "33, somme de contrôle", "40, construit pour", "64, somme de contrôle",
        "5000, somme de contrôle", "10063, somme de contrôle"})
    void refusesAFlippedByte(int offset, String reason) throws Exception {
        Path file = written();
        byte[] all = Files.readAllBytes(file);
        all[offset] ^= 0x10;
        Files.write(file, all);
        IndexFileException e = assertThrows(IndexFileException.class, () -> IndexFile.read(file, LAYOUT, "g000042"));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void refusesTheFileOfAnotherGeneration() throws Exception {
        Path file = written();
        IndexFileException e = assertThrows(IndexFileException.class, () -> IndexFile.read(file, LAYOUT, "g000043"));
        assertTrue(e.getMessage().contains("construit pour les données g000042, pas pour g000043"), e.getMessage());
    }

    @ParameterizedTest(name = "kind {0}, version {1}, fingerprint {2}")
    @CsvSource({"8, 3, 20015998343868", "7, 4, 20015998343868", "7, 3, 1"})
    void refusesAnotherLayout(int kind, int version, long fingerprint) throws Exception {
        Path file = written();
        IndexFile.Layout other = new IndexFile.Layout(kind, version, fingerprint);
        IndexFileException e = assertThrows(IndexFileException.class, () -> IndexFile.read(file, other, "g000042"));
        assertTrue(e.getMessage().contains("autre format"), e.getMessage());
    }

    @Test
    void saysWhenThereIsNoFile() {
        IndexFileException e = assertThrows(IndexFileException.class,
                () -> IndexFile.read(dir.resolve("absent.bin"), LAYOUT, "g000042"));
        assertTrue(e.getMessage().startsWith("pas d'index enregistré"), e.getMessage());
    }
}
