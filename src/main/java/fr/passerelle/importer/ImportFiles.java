package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files an import is asked for: each path given, and every file under a folder given (hidden entries aside,
 * links to files followed, links to folders not). What cannot be read is never silently dropped: under a folder it
 * is listed as skipped with its reason (unreadable folder, broken link, named pipe...); given by name it stops the
 * import with a French message (exit 2).
 */
final class ImportFiles {
    /** A file to recognise; {@code explicit} when the user named it (an unknown format is then an error). */
    record Found(Path path, boolean explicit) {
    }

    private final List<Found> files = new ArrayList<>();
    private final List<ImportPlan.SkippedFile> skipped = new ArrayList<>();

    List<Found> files() {
        return files;
    }

    List<ImportPlan.SkippedFile> skipped() {
        return skipped;
    }

    static ImportFiles collect(List<Path> paths) throws ImportException {
        ImportFiles found = new ImportFiles();
        for (Path path : paths) {
            found.add(path);
        }
        return found;
    }

    private void add(Path path) throws ImportException {
        try {
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new ImportException(path.toString(), 0, ImportWords.say("import.path.denied"));
        } catch (IOException e) {
            throw new ImportException(path.toString(), 0, ImportWords.say("import.path.missing"));
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new ImportException(path.toString(), 0, ImportWords.say("import.path.brokenLink"));
        }
        if (Files.isDirectory(path)) {
            walk(path);
        } else if (Files.isRegularFile(path)) {
            if (!Files.isReadable(path)) {
                throw new ImportException(path.toString(), 0, ImportWords.say("import.path.unreadable"));
            }
            files.add(new Found(path, true));
        } else {
            throw new ImportException(path.toString(), 0, ImportWords.say("import.path.special"));
        }
    }

    private void walk(Path root) throws ImportException {
        List<Found> inFolder = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                inFolder.add(new Found(file, false));
                            } else if (attrs.isSymbolicLink()) {
                                link(file, inFolder);
                            } else {
                                skipped.add(new ImportPlan.SkippedFile(file, ImportWords.say("import.skip.special")));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.add(new ImportPlan.SkippedFile(file, unreadable(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new ImportException(root.toString(), 0, unreadable(e));
        }
        inFolder.sort(Comparator.comparing(Found::path));
        files.addAll(inFolder);
    }

    private void link(Path file, List<Found> inFolder) {
        if (!Files.exists(file)) {
            skipped.add(new ImportPlan.SkippedFile(file, ImportWords.say("import.path.brokenLink")));
        } else if (Files.isRegularFile(file)) {
            inFolder.add(new Found(file, false));
        } else if (Files.isDirectory(file)) {
            skipped.add(new ImportPlan.SkippedFile(file, ImportWords.say("import.skip.folderLink")));
        } else {
            skipped.add(new ImportPlan.SkippedFile(file, ImportWords.say("import.skip.special")));
        }
    }

    /** A hidden entry (.git, .DS_Store...) is passed over without a word, as the file explorer does. */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Why an entry cannot be read, in French. */
    static Message unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return ImportWords.say("import.skip.denied");
        }
        if (e instanceof FileSystemLoopException) {
            return ImportWords.say("import.skip.loop");
        }
        if (e instanceof NoSuchFileException) {
            return ImportWords.say("import.skip.gone");
        }
        return ImportWords.say("import.skip.unreadable", e.getMessage());
    }
}
