package fr.passerelle.app.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/** Looks for planted values in raw bytes: as UTF-8, UTF-16LE and UTF-16BE, in files, folders, and decrypted H2 files. */
final class RawScan {
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private RawScan() {
    }

    /** "file: value (encoding)" for every planted value found in any regular file under the folders. */
    static List<String> findIn(List<Path> folders, List<String> planted) throws IOException {
        return findIn(folders, planted, 200_000_000L);
    }

    /** The same, skipping files larger than {@code maxBytes} (a shared temp folder holds other builds' databases). */
    static List<String> findIn(List<Path> folders, List<String> planted, long maxBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                files.addAll(walk.filter(Files::isRegularFile).toList());
            } catch (java.io.UncheckedIOException e) {
                // a file removed while walking a shared folder
            }
        }
        return findInFiles(files, planted, maxBytes);
    }

    /** Every planted value found in these files (gone or unreadable files are skipped). */
    static List<String> findInFiles(List<Path> files, List<String> planted, long maxBytes) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                if (!Files.isReadable(file) || Files.size(file) > maxBytes) {
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                continue; // gone meanwhile, or not ours to read
            }
            found.addAll(findIn(file.toString(), bytes, planted));
        }
        return found;
    }

    static List<String> findIn(String where, byte[] bytes, List<String> planted) {
        List<String> found = new ArrayList<>();
        // Bytes as Latin-1 characters, one for one: String.indexOf is vectorised, a byte loop is 20 times slower.
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String value : planted) {
            for (Charset cs : ENCODINGS) {
                if (haystack.contains(new String(value.getBytes(cs), StandardCharsets.ISO_8859_1))) {
                    found.add(where + ": " + value + " (" + cs + ")");
                }
            }
        }
        return found;
    }

    /** The whole H2 file decrypted with its key, as H2 itself reads it (to see what compaction left behind). */
    static byte[] decrypted(Path mvDb, char[] filePassword) throws IOException {
        try (FileChannel base = FileChannel.open(mvDb, StandardOpenOption.READ);
             FileEncrypt file = new FileEncrypt(mvDb.toString(), FilePathEncrypt.getPasswordBytes(filePassword), base)) {
            ByteBuffer all = ByteBuffer.allocate((int) file.size());
            while (all.hasRemaining()) {
                if (file.read(all, all.position()) < 0) {
                    break;
                }
            }
            return all.array();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
