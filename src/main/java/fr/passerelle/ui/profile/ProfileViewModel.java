package fr.passerelle.ui.profile;

import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Personas;
import fr.passerelle.app.profile.ProfileNote;
import fr.passerelle.app.profile.ProfileNotFoundException;
import fr.passerelle.app.profile.ProfileStore;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Navigator;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The job seeker screen: the form, its autocompletes, the personas, the profiles of the session and their notes.
 * "Voir le parcours" checks the form, resolves job and commune in the background, keeps the profile in the store and
 * opens the path; a refusal lands under its field with suggestions, and nothing typed is lost.
 */
public final class ProfileViewModel {
    private static final int SUGGESTIONS = 8;

    private final ProfileForm form;
    private final PathService paths;
    private final ProfileStore store;
    private final InterviewState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Messages messages;
    private final ObservableList<Personas.Persona> personas = FXCollections.observableArrayList();
    private final ObservableList<StoredProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<ProfileNote> notes = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final StringProperty newNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty storageNotice = new SimpleStringProperty("");
    private final StringProperty lastPath = new SimpleStringProperty("");

    public ProfileViewModel(PathService paths, ProfileStore store, InterviewState state, TaskRunner tasks,
                            DialogService dialogs, Navigator navigator, Messages messages, List<Personas.Persona> personas) {
        this.paths = paths;
        this.store = store;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.messages = messages;
        this.form = new ProfileForm(messages);
        this.personas.setAll(personas);
        reloadProfiles();
    }

    /**
     * Reads the profiles again, and says again where they live: after the personal data was unlocked, locked, or the
     * counsellor chose to continue without saving (issue 13).
     */
    public void reloadProfiles() {
        profiles.setAll(store.list());
        storageNotice.set(storageNotice());
        showLastPath(state.personProperty().get());
    }

    /** "Dernier parcours enregistré le 2 mars 2026 : métier visé …", so that a follow-up starts where the last ended. */
    private void showLastPath(StoredProfile person) {
        lastPath.set(lastPathText(person));
    }

    /** The text of {@link #showLastPath}: a read of the store, callable off the FX thread. */
    private String lastPathText(StoredProfile person) {
        return person == null ? "" : store.lastPath(person.id())
                .map(p -> messages.get("profile.lastPath", fr.passerelle.ui.common.FrenchFormats.date(
                                java.time.LocalDate.ofInstant(p.savedAt(), java.time.ZoneId.systemDefault())), p.occupation(), p.rome(),
                        p.training() == null ? "" : messages.get("profile.lastPath.training", p.training())))
                .orElse("");
    }

    /** Job titles for what was typed (called off the UI thread by the autocomplete); none while the index builds. */
    public List<JobSuggestion> suggestJobs(String typed) {
        if (typed == null || typed.strip().length() < 2 || !paths.ready()) {
            return List.of();
        }
        return paths.jobs(typed, SUGGESTIONS).stream()
                .map(m -> new JobSuggestion(m.title().label(), m.title().romeCode().value(), m.title().romeLabel())).toList();
    }

    /** Communes for a name, postal code or INSEE code being typed (off the UI thread). */
    public List<CommuneSuggestion> suggestCommunes(String typed) {
        if (typed == null || typed.isBlank() || !paths.ready()) {
            return List.of();
        }
        var territory = paths.communes(typed, SUGGESTIONS);
        return territory.stream().map(p -> new CommuneSuggestion(p.name(), p.departement(), p.insee(), paths.postalCodes(p.insee())))
                .toList();
    }

    public void pickJob(JobSuggestion s) {
        form.pickJob(s.label(), s.rome());
    }

    public void pickCommune(CommuneSuggestion s) {
        form.pickCommune(s.label(), s.insee());
    }

    /** Checks the form, resolves it in the background, stores the profile and opens her path. */
    public void showPath() {
        Optional<PathRequest> checked = form.validate();
        suggestions.clear();
        if (checked.isEmpty()) {
            message.set(messages.get("profile.invalid"));
            return;
        }
        PathRequest request = checked.get();
        busy.set(true);
        message.set(messages.get("profile.resolving"));
        StoredProfile current = state.personProperty().get();
        // Resolving and saving both run off the FX thread (the encrypted store writes the profile and its outbox item).
        tasks.run(null, progress -> new Opened(paths.resolve(request), save(current, request)), o -> opened(request, o), failure -> {
            busy.set(false);
            if (failure instanceof InvalidRequestException invalid) {
                // The field is found from the French message (its first word); the text is said in the window's language.
                form.fail(ProfileField.ofResolverMessage(invalid.getMessage()), capitalised(invalid.text(messages.reasons())));
                suggestions.setAll(invalid.suggestions());
                message.set(messages.get("profile.invalid"));
            } else {
                message.set(messages.get("profile.failed", said(failure)));
            }
        });
    }

    private record Opened(JobSeekerProfile profile, Saved saved) {
    }

    /** What a save read back from the store, to be shown on the FX thread. */
    private record Saved(StoredProfile profile, List<StoredProfile> all, String lastPath) {
    }

    private void opened(PathRequest request, Opened opened) {
        busy.set(false);
        StoredProfile saved = show(opened.saved());
        state.personProperty().set(saved);
        state.personNameProperty().set(request.name());
        state.compared().clear();
        state.planTargetProperty().set(null);
        state.detailTargetProperty().set(null);
        state.requestProperty().set(request);
        state.profileProperty().set(opened.profile());
        message.set(messages.get("profile.opened"));
        navigator.show(Screen.PATH);
    }

    /**
     * Keeps the form in the store (called off the FX thread): the same person is updated, not duplicated. Nothing
     * observable is touched here; {@link #show} does it on the FX thread.
     */
    private Saved save(StoredProfile current, PathRequest request) {
        StoredProfile saved;
        try {
            saved = current == null ? store.create(request.name(), request) : store.update(current.id(), request.name(), request);
        } catch (ProfileNotFoundException e) {
            saved = store.create(request.name(), request);
        }
        return new Saved(saved, store.list(), lastPathText(saved));
    }

    private StoredProfile show(Saved saved) {
        profiles.setAll(saved.all());
        notes.setAll(saved.profile().notes());
        lastPath.set(saved.lastPath());
        return saved.profile();
    }

    /** Fills the form with a persona (a new person of the session). */
    public void openPersona(Personas.Persona persona) {
        state.personProperty().set(null);
        form.fill(persona.request(), persona.name());
        notes.clear();
        suggestions.clear();
        message.set(messages.get("profile.persona", persona.name()));
    }

    /** Fills the form with a request read elsewhere (the window's --profile FILE). */
    public void openRequest(PathRequest request) {
        state.personProperty().set(null);
        form.fill(request, request.name());
        notes.clear();
        suggestions.clear();
    }

    /** Asks for a persona file (data-samples/personas/ by default) and fills the form with it. */
    public void openFile() {
        dialogs.chooseFileToOpen(messages.get("profile.open.title"), Path.of("data-samples", "personas"),
                new DialogService.FileType(messages.get("profile.open.type"), "*.json")).ifPresent(this::openFile);
    }

    public void openFile(Path file) {
        try {
            PathRequest request = PathRequest.fromFile(file);
            state.personProperty().set(null);
            form.fill(request, request.name());
            notes.clear();
            message.set(messages.get("profile.file", file.getFileName().toString()));
        } catch (InvalidRequestException e) {
            dialogs.showError(messages.get("profile.open.failed"), e.text(messages.reasons()));
        }
    }

    /** Reopens a profile of this session. */
    public void openStored(StoredProfile profile) {
        state.personProperty().set(profile);
        form.fill(profile.request(), profile.name());
        notes.setAll(profile.notes());
        showLastPath(profile);
        message.set(messages.get("profile.stored", profile.name() == null ? messages.get("profile.unnamed") : profile.name()));
    }

    /** Starts with an empty form and a new interview. */
    public void newPerson() {
        state.clear();
        form.reset();
        notes.clear();
        suggestions.clear();
        message.set(messages.get("profile.new"));
    }

    /** Adds the typed note to the profile (stored first if needed). */
    public void addNote() {
        String text = newNote.get() == null ? "" : newNote.get().strip();
        if (text.isEmpty()) {
            return;
        }
        StoredProfile person = state.personProperty().get();
        Optional<PathRequest> request = person == null ? form.validate() : Optional.empty();
        if (person == null && request.isEmpty()) {
            message.set(messages.get("profile.note.needsProfile"));
            return;
        }
        // The profile (when new) and the note are written off the FX thread, each with its outbox item.
        tasks.run(null, progress -> {
            StoredProfile owner = person != null ? person : save(null, request.get()).profile();
            store.addNote(owner.id(), text);
            StoredProfile updated = store.find(owner.id()).orElseThrow(() -> new ProfileNotFoundException(owner.id()));
            return new Saved(updated, store.list(), lastPathText(updated));
        }, saved -> {
            state.personProperty().set(show(saved));
            newNote.set("");
        }, failure -> message.set(said(failure)));
    }

    /** A failure in the window's language when the personal data says it with its own words (never a person's name). */
    private String said(Throwable failure) {
        return PersonalFailure.textOf(failure, messages.reasons()).orElse(String.valueOf(failure.getMessage()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ProfileForm form() {
        return form;
    }

    public List<EducationLevel> levels() {
        return List.of(EducationLevel.values());
    }

    /** Her status for the funding rules, "non renseigné" first (an answer not given is never taken as a yes). */
    public List<Choice<PersonStatus>> statuses() {
        return List.of(new Choice<>(null, messages.get("profile.status.unknown")),
                new Choice<>(PersonStatus.DE, messages.get("profile.status.de")),
                new Choice<>(PersonStatus.NON_INSCRIT, messages.get("profile.status.nonInscrit")),
                new Choice<>(PersonStatus.SALARIE, messages.get("profile.status.salarie")));
    }

    /** The allowance she receives now, "non renseignée" first. */
    public List<Choice<Allocation>> allocations() {
        return List.of(new Choice<>(null, messages.get("profile.allocation.unknown")),
                new Choice<>(Allocation.ARE, messages.get("profile.allocation.are")),
                new Choice<>(Allocation.ASS, messages.get("profile.allocation.ass")),
                new Choice<>(Allocation.RSA, messages.get("profile.allocation.rsa")),
                new Choice<>(Allocation.AUCUNE, messages.get("profile.allocation.aucune")));
    }

    public ObservableList<Personas.Persona> personas() {
        return personas;
    }

    public ObservableList<StoredProfile> profiles() {
        return profiles;
    }

    public ObservableList<ProfileNote> notes() {
        return notes;
    }

    /** What the resolver suggests for the refused field ("D1505 Hôte / Hôtesse de caisse"…). */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty storageNoticeProperty() {
        return storageNotice;
    }

    /** Where the last interview of the open person ended, or empty. */
    public ReadOnlyStringProperty lastPathProperty() {
        return lastPath;
    }

    /** Says plainly where profiles live: encrypted on this workstation, or in memory only for this session. */
    public String storageNotice() {
        return messages.get(store.persistent() ? "profile.storage.persistent" : "profile.storage.memory");
    }
}
