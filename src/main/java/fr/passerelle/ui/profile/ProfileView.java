package fr.passerelle.ui.profile;

import fr.passerelle.app.Personas;
import fr.passerelle.app.profile.ProfileNote;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.ui.common.Shortcuts;
import fr.passerelle.ui.common.Styles;
import fr.passerelle.ui.common.Views;
import fr.passerelle.ui.common.WrappingCells;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The job seeker form: binds the fields, their errors, the autocompletes and the side lists to the view model. */
public final class ProfileView implements Shortcuts {
    private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy à HH:mm", Locale.FRENCH);
    private final ProfileViewModel model;

    @FXML private Label storageNotice;
    @FXML private Label lastPathLabel;
    @FXML private TextField nameField;
    @FXML private TextField jobField;
    @FXML private Label jobCode;
    @FXML private Label jobError;
    @FXML private TextField communeField;
    @FXML private Label communeCode;
    @FXML private Label communeError;
    @FXML private ListView<String> suggestionList;
    @FXML private TextField radiusField;
    @FXML private Label radiusError;
    @FXML private ChoiceBox<EducationLevel> levelChoice;
    @FXML private Label levelError;
    @FXML private TextField maxHoursField;
    @FXML private Label maxHoursError;
    @FXML private TextField cpfField;
    @FXML private Label cpfError;
    @FXML private TextField budgetField;
    @FXML private Label budgetError;
    @FXML private CheckBox remoteCheck;
    @FXML private ChoiceBox<Choice<PersonStatus>> statusChoice;
    @FXML private Label statusError;
    @FXML private TextField ageField;
    @FXML private Label ageError;
    @FXML private ChoiceBox<Choice<Allocation>> allocationChoice;
    @FXML private TextField allocationEndField;
    @FXML private Label allocationError;
    @FXML private Label allocationEndError;
    @FXML private Button showPathButton;
    @FXML private Label messageLabel;
    @FXML private ListView<Personas.Persona> personaList;
    @FXML private ListView<StoredProfile> profileList;
    @FXML private ListView<ProfileNote> noteList;
    @FXML private TextArea noteArea;

    public ProfileView(ProfileViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ProfileForm form = model.form();
        storageNotice.textProperty().bind(model.storageNoticeProperty());
        lastPathLabel.textProperty().bind(model.lastPathProperty());
        lastPathLabel.visibleProperty().bind(model.lastPathProperty().isNotEmpty());
        lastPathLabel.managedProperty().bind(lastPathLabel.visibleProperty());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        jobField.textProperty().bindBidirectional(form.jobProperty());
        communeField.textProperty().bindBidirectional(form.communeProperty());
        radiusField.textProperty().bindBidirectional(form.radiusProperty());
        maxHoursField.textProperty().bindBidirectional(form.maxHoursProperty());
        cpfField.textProperty().bindBidirectional(form.cpfProperty());
        budgetField.textProperty().bindBidirectional(form.budgetProperty());
        remoteCheck.selectedProperty().bindBidirectional(form.remoteProperty());
        levelChoice.getItems().setAll(model.levels());
        levelChoice.setConverter(converter(l -> l.label() + " (niveau " + l.framework() + ")"));
        levelChoice.valueProperty().bindBidirectional(form.levelProperty());
        jobCode.textProperty().bind(Bindings.createStringBinding(() -> form.jobRomeProperty().get() == null ? ""
                : "ROME " + form.jobRomeProperty().get(), form.jobRomeProperty()));
        communeCode.textProperty().bind(Bindings.createStringBinding(() -> form.communeInseeProperty().get() == null ? ""
                : "INSEE " + form.communeInseeProperty().get(), form.communeInseeProperty()));
        error(jobField, jobError, ProfileField.JOB);
        error(communeField, communeError, ProfileField.COMMUNE);
        error(radiusField, radiusError, ProfileField.RADIUS);
        error(levelChoice, levelError, ProfileField.LEVEL);
        error(maxHoursField, maxHoursError, ProfileField.MAX_HOURS);
        error(cpfField, cpfError, ProfileField.CPF);
        error(budgetField, budgetError, ProfileField.BUDGET);
        SituationForm situation = form.situation();
        choice(statusChoice, model.statuses(), situation.statusProperty());
        ageField.textProperty().bindBidirectional(situation.ageProperty());
        choice(allocationChoice, model.allocations(), situation.allocationProperty());
        allocationEndField.textProperty().bindBidirectional(situation.allocationEndProperty());
        error(statusChoice, statusError, ProfileField.STATUS);
        error(ageField, ageError, ProfileField.AGE);
        error(allocationChoice, allocationError, ProfileField.ALLOCATION);
        error(allocationEndField, allocationEndError, ProfileField.ALLOCATION_END);
        suggestionList.setItems(model.suggestions());
        suggestionList.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        suggestionList.managedProperty().bind(suggestionList.visibleProperty());
        autocomplete();
        messageLabel.textProperty().bind(model.messageProperty());
        showPathButton.disableProperty().bind(model.busyProperty());
        personaList.setItems(model.personas());
        personaList.setCellFactory(l -> WrappingCells.list(personaList, p -> p.name() + " — " + p.description()));
        open(personaList, model::openPersona);
        profileList.setItems(model.profiles());
        profileList.setCellFactory(l -> cell(p -> (p.name() == null ? "(sans nom)" : p.name()) + " · "
                + (p.request().job() != null ? p.request().job() : p.request().rome())));
        open(profileList, model::openStored);
        noteList.setItems(model.notes());
        noteList.setCellFactory(l -> WrappingCells.list(noteList, n -> NOTE_TIME.format(n.written().atZone(ZoneId.systemDefault())) + " : " + n.text()));
        noteArea.textProperty().bindBidirectional(model.newNoteProperty());
        model.notes().addListener((ListChangeListener<ProfileNote>) c -> noteList.scrollTo(model.notes().size() - 1));
    }

    /** A choice list kept in step with a form value both ways; the form's null is the list's "non renseigné" entry. */
    private static <T> void choice(ChoiceBox<Choice<T>> box, List<Choice<T>> choices, javafx.beans.property.ObjectProperty<T> value) {
        box.getItems().setAll(choices);
        Runnable show = () -> box.setValue(choices.stream().filter(c -> java.util.Objects.equals(c.value(), value.get()))
                .findFirst().orElse(choices.get(0)));
        show.run();
        value.addListener((obs, o, n) -> show.run());
        box.valueProperty().addListener((obs, o, picked) -> {
            if (picked != null && !java.util.Objects.equals(picked.value(), value.get())) {
                value.set(picked.value());
            }
        });
    }

    /** Job titles and communes complete as she speaks; the popup shows the code, the field keeps the label. */
    private void autocomplete() {
        AutoCompletionBinding<JobSuggestion> jobs = TextFields.bindAutoCompletion(jobField,
                request -> model.suggestJobs(request.getUserText()), converter(JobSuggestion::label));
        jobs.getAutoCompletionPopup().setConverter(converter(JobSuggestion::toString));
        jobs.setOnAutoCompleted(e -> model.pickJob(e.getCompletion()));
        jobs.setVisibleRowCount(8);
        AutoCompletionBinding<CommuneSuggestion> communes = TextFields.bindAutoCompletion(communeField,
                request -> model.suggestCommunes(request.getUserText()), converter(CommuneSuggestion::label));
        communes.getAutoCompletionPopup().setConverter(converter(CommuneSuggestion::toString));
        communes.setOnAutoCompleted(e -> model.pickCommune(e.getCompletion()));
        communes.setVisibleRowCount(8);
    }

    private void error(javafx.scene.control.Control field, Label label, ProfileField which) {
        Views.bindText(label, model.form().error(which));
        model.form().error(which).addListener((obs, o, text) -> {
            field.getStyleClass().remove(Styles.INVALID);
            if (text != null && !text.isEmpty()) {
                field.getStyleClass().add(Styles.INVALID);
            }
        });
    }

    private static <T> void open(ListView<T> list, java.util.function.Consumer<T> action) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                action.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                action.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return object == null ? "" : text.apply(object);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void showPath() {
        model.showPath();
    }

    @FXML
    private void newPerson() {
        model.newPerson();
        jobField.requestFocus();
    }

    @FXML
    private void openFile() {
        model.openFile();
    }

    @FXML
    private void addNote() {
        model.addNote();
    }

    /** Puts the focus on the first field (when the screen is shown). */
    public void focus() {
        (nameField.getText() == null || nameField.getText().isEmpty() ? nameField : jobField).requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::showPath,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), model::openFile,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPerson);
    }
}
