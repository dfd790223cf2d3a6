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
        List<String> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(Files::isReadable).toList();
            } catch (java.io.UncheckedIOException e) {
                continue; // a file removed while walking a shared temp folder
            }
            for (Path file : files) {
                byte[] bytes;
                try {
                    if (Files.size(file) > 200_000_000L) {
                        continue;
                    }
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue; // gone meanwhile, or not ours to read
                }
                found.addAll(findIn(file.toString(), bytes, planted));
            }
        }
        return found;
    }

    static List<String> findIn(String where, byte[] bytes, List<String> planted) {
        List<String> found = new ArrayList<>();
        for (String value : planted) {
            for (Charset cs : ENCODINGS) {
                if (indexOf(bytes, value.getBytes(cs)) >= 0) {
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
