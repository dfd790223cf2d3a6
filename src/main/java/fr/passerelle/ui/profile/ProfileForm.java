package fr.passerelle.ui.profile;

import fr.passerelle.app.PathRequest;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The profile form's fields as typed, their checks in plain French, field by field, and the request they make. A
 * refused value only marks its own field: the others keep what was typed. New fields are
 * added here: a property, a check, a line in {@link #validate()} and {@link #fill}; the funding answers are in
 * {@link SituationForm}.
 */
public final class ProfileForm {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty job = new SimpleStringProperty("");
    /** The ROME code of the job title picked in the autocomplete; null while only text was typed. */
    private final StringProperty jobRome = new SimpleStringProperty();
    private final StringProperty commune = new SimpleStringProperty("");
    /** The INSEE code of the commune picked in the autocomplete; null while only text was typed. */
    private final StringProperty communeInsee = new SimpleStringProperty();
    private final StringProperty radius = new SimpleStringProperty(String.valueOf(PathRequest.DEFAULT_RADIUS_KM));
    private final ObjectProperty<EducationLevel> level = new SimpleObjectProperty<>(EducationLevel.AUCUN);
    private final StringProperty maxHours = new SimpleStringProperty("");
    private final StringProperty cpf = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final Map<ProfileField, StringProperty> errors = new EnumMap<>(ProfileField.class);
    private final SituationForm situation;
    /** The language of the refusals (the window's). */
    private final Messages messages;
    private String pickedJobLabel;
    private String pickedCommuneLabel;

    /** A form whose refusals are said in French. */
    public ProfileForm() {
        this(Messages.french());
    }

    public ProfileForm(Messages messages) {
        this.messages = messages;
        this.situation = new SituationForm(f -> errors.get(f).set(""), messages);
        for (ProfileField f : ProfileField.values()) {
            errors.put(f, new SimpleStringProperty(""));
        }
        // Typing over a picked suggestion forgets the code: the text is resolved again.
        job.addListener((obs, old, text) -> {
            if (pickedJobLabel != null && !pickedJobLabel.equals(text)) {
                jobRome.set(null);
                pickedJobLabel = null;
            }
            errors.get(ProfileField.JOB).set("");
        });
        commune.addListener((obs, old, text) -> {
            if (pickedCommuneLabel != null && !pickedCommuneLabel.equals(text)) {
                communeInsee.set(null);
                pickedCommuneLabel = null;
            }
            errors.get(ProfileField.COMMUNE).set("");
        });
        radius.addListener((obs, o, n) -> errors.get(ProfileField.RADIUS).set(""));
        maxHours.addListener((obs, o, n) -> errors.get(ProfileField.MAX_HOURS).set(""));
        cpf.addListener((obs, o, n) -> errors.get(ProfileField.CPF).set(""));
        budget.addListener((obs, o, n) -> errors.get(ProfileField.BUDGET).set(""));
    }

    /** The job title picked in the autocomplete: its label fills the field, its code is used as is. */
    public void pickJob(String label, String rome) {
        pickedJobLabel = label;
        job.set(label);
        jobRome.set(rome);
    }

    /** The commune picked in the autocomplete. */
    public void pickCommune(String label, String insee) {
        pickedCommuneLabel = label;
        commune.set(label);
        communeInsee.set(insee);
    }

    /**
     * Checks every field that can be checked without the data (numbers, ranges, required fields) and marks each
     * refused field with its message; the request when all pass.
     */
    public Optional<PathRequest> validate() {
        clearErrors();
        boolean ok = true;
        if (blank(job.get()) && jobRome.get() == null) {
            ok = fail(ProfileField.JOB, messages.get("profile.error.job"));
        }
        if (blank(commune.get()) && communeInsee.get() == null) {
            ok = fail(ProfileField.COMMUNE, messages.get("profile.error.commune"));
        }
        Optional<Integer> km = FrenchFormats.parseWhole(radius.get());
        if (km.isEmpty() || km.get() < 1 || km.get() > JobSeekerProfile.MAX_RADIUS_KM) {
            ok = fail(ProfileField.RADIUS, messages.get("profile.error.radius",
                    messages.number(JobSeekerProfile.MAX_RADIUS_KM)));
        }
        Optional<Integer> hours = FrenchFormats.parseWhole(maxHours.get());
        if (!blank(maxHours.get()) && (hours.isEmpty() || hours.get() < 1)) {
            ok = fail(ProfileField.MAX_HOURS, messages.get("profile.error.maxHours"));
        }
        Optional<BigDecimal> cpfEuros = FrenchFormats.parseEuros(cpf.get());
        if (!blank(cpf.get()) && cpfEuros.isEmpty()) {
            ok = fail(ProfileField.CPF, messages.get("profile.error.cpf"));
        }
        Optional<BigDecimal> budgetEuros = FrenchFormats.parseEuros(budget.get());
        if (!blank(budget.get()) && budgetEuros.isEmpty()) {
            ok = fail(ProfileField.BUDGET, messages.get("profile.error.budget"));
        }
        Optional<SituationForm.Checked> answers = situation.validate(this::fail);
        if (!ok || answers.isEmpty()) {
            return Optional.empty();
        }
        String rome = jobRome.get();
        String communeValue = communeInsee.get() != null ? communeInsee.get() : commune.get().strip();
        SituationForm.Checked a = answers.get();
        return Optional.of(new PathRequest(rome == null ? job.get().strip() : null, rome, communeValue, km.get(),
                level.get() == null ? null : level.get().key(), hours.orElse(null), cpfEuros.orElse(null),
                budgetEuros.orElse(null), remote.get(), blank(name.get()) ? null : name.get().strip(),
                a.status() == null ? null : a.status().key(), a.age(), a.allocation() == null ? null : a.allocation().key(),
                a.allocationEnd() == null ? null : a.allocationEnd().toString()));
    }

    /** Fills the form from a request (a persona file, a stored profile); errors are cleared. */
    public void fill(PathRequest r, String personName) {
        name.set(personName == null ? (r.name() == null ? "" : r.name()) : personName);
        pickedJobLabel = null;
        jobRome.set(null);
        job.set(r.job() != null ? r.job() : r.rome() == null ? "" : r.rome());
        if (r.job() == null && r.rome() != null) {
            pickJob(r.rome(), r.rome());
        }
        pickedCommuneLabel = null;
        communeInsee.set(null);
        commune.set(r.commune() == null ? "" : r.commune());
        radius.set(String.valueOf(r.radiusKm() == null ? PathRequest.DEFAULT_RADIUS_KM : r.radiusKm()));
        level.set(r.level() == null ? EducationLevel.AUCUN : EducationLevel.parse(r.level()).orElse(EducationLevel.AUCUN));
        maxHours.set(r.maxHours() == null ? "" : String.valueOf(r.maxHours()));
        cpf.set(r.cpfEuros() == null ? "" : r.cpfEuros().stripTrailingZeros().toPlainString().replace('.', ','));
        budget.set(r.budgetEuros() == null ? "" : r.budgetEuros().stripTrailingZeros().toPlainString().replace('.', ','));
        remote.set(Boolean.TRUE.equals(r.remote()));
        clearErrors();
        situation.fill(r, this::fail);
    }

    /** Empties every field for a new person. */
    public void reset() {
        fill(new PathRequest(null, null, null, null, null, null, null, null, null, null), "");
    }

    /** Marks one field refused with the message (e.g. from the resolver); false, for chaining checks. */
    public boolean fail(ProfileField field, String message) {
        errors.get(field).set(message);
        return false;
    }

    /** Status, age, allowance and its end: what the funding rules need. */
    public SituationForm situation() {
        return situation;
    }

    public void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    public boolean hasErrors() {
        return errors.values().stream().anyMatch(e -> !e.get().isEmpty());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty error(ProfileField field) {
        return errors.get(field);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty jobProperty() {
        return job;
    }

    public StringProperty jobRomeProperty() {
        return jobRome;
    }

    public StringProperty communeProperty() {
        return commune;
    }

    public StringProperty communeInseeProperty() {
        return communeInsee;
    }

    public StringProperty radiusProperty() {
        return radius;
    }

    public ObjectProperty<EducationLevel> levelProperty() {
        return level;
    }

    public StringProperty maxHoursProperty() {
        return maxHours;
    }

    public StringProperty cpfProperty() {
        return cpf;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }
}
