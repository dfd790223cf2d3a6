package fr.passerelle.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs view models may ask for (files to open or save, errors, confirmations), without touching a window:
 * the window implements it with JavaFX dialogs, tests with canned answers.
 */
public interface DialogService {

    /** A file type a chooser offers, e.g. ("Document PDF", "*.pdf"). */
    record FileType(String description, String pattern) {
    }

    Optional<Path> chooseFileToSave(String title, String initialName, FileType type);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType type);

    /** Files or a folder to import. */
    List<Path> chooseFilesToImport(String title);

    /** A folder to import (every official file in it); empty when none was chosen. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);
}
