package fr.passerelle.ui;

import fr.passerelle.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Canned answers to the dialogs, and a record of the errors shown. */
public final class FakeDialogs implements DialogService {
    public Path toSave;
    public Path toOpen;
    public List<Path> toImport = List.of();
    public Path folder;
    public final List<String> errors = new ArrayList<>();
    public final List<String> saveTitles = new ArrayList<>();
    public final List<String> initialNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, FileType type) {
        saveTitles.add(title);
        initialNames.add(initialName);
        return Optional.ofNullable(toSave);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType type) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public List<Path> chooseFilesToImport(String title) {
        return toImport;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + " : " + message);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }
}
