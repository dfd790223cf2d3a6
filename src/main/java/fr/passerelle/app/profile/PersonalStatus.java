package fr.passerelle.app.profile;

import fr.passerelle.app.Home;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code status} may say about the personal data without unlocking it, from the files themselves: the database
 * counts as encrypted only when its first bytes are H2's encrypted-file header and the wrapped key lies beside it.
 * Any other file in the folder is reported as not encrypted. A status never claims a protection it did not see.
 */
public record PersonalStatus(Path folder, boolean encryptedDatabase, boolean keyFile, long databaseBytes, long otherFiles) {
    /** H2's header of a file written through {@code CIPHER=AES} (org.h2.store.fs.encrypt.FileEncrypt). */
    static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> OURS = Set.of("personal.mv.db", "key.properties", "open.lock");

    public static PersonalStatus of(Home home) throws IOException {
        Path folder = home.personalFolder();
        Path database = folder.resolve("personal.mv.db");
        boolean encrypted = Files.isRegularFile(database) && startsWithHeader(database);
        long others = 0;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                others = all.stream().filter(f -> !f.getParent().equals(folder) || !OURS.contains(f.getFileName().toString())
                        || f.equals(database) && !encrypted).count();
            }
        }
        return new PersonalStatus(folder, encrypted, Files.isRegularFile(home.personalKeyFile()),
                encrypted ? Files.size(database) : 0, others);
    }

    /** "absent", "encrypted", or "present" (some file is not the encrypted database nor its key: not encrypted). */
    public String state() {
        if (otherFiles > 0) {
            return "present";
        }
        return encryptedDatabase || keyFile ? "encrypted" : "absent";
    }

    private static boolean startsWithHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        }
    }
}
