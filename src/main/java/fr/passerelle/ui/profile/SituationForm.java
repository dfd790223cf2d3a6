package fr.passerelle.ui.profile;

import fr.passerelle.app.PathRequest;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The part of the profile form the funding rules need: her status, age, allowance and its end date. Each may stay
 * empty: an answer not given is "non renseigné", never a yes, and the funding answer then lists the question. No RQTH
 * here: it is asked for one funding computation in the training's funding panel and never kept.
 */
public final class SituationForm {
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>();
    private final StringProperty age = new SimpleStringProperty("");
    private final ObjectProperty<Allocation> allocation = new SimpleObjectProperty<>();
    private final StringProperty allocationEnd = new SimpleStringProperty("");
    /** The language of the refusals (the window's). */
    private final Messages messages;

    /** The answers as checked: null when not given. */
    record Checked(PersonStatus status, Integer age, Allocation allocation, LocalDate allocationEnd) {
    }

    /** @param changed called with a field whose value changed (its error is cleared: what is typed anew is checked anew) */
    SituationForm(Consumer<ProfileField> changed, Messages messages) {
        this.messages = messages;
        status.addListener((obs, o, n) -> changed.accept(ProfileField.STATUS));
        age.addListener((obs, o, n) -> changed.accept(ProfileField.AGE));
        allocation.addListener((obs, o, n) -> {
            changed.accept(ProfileField.ALLOCATION);
            changed.accept(ProfileField.ALLOCATION_END);
        });
        allocationEnd.addListener((obs, o, n) -> changed.accept(ProfileField.ALLOCATION_END));
    }

    /** Checks each answer; a refusal marks its own field through {@code fail} and the others are still checked. */
    Optional<Checked> validate(BiConsumer<ProfileField, String> fail) {
        boolean ok = true;
        Integer years = null;
        if (!blank(age.get())) {
            Optional<Integer> parsed = FrenchFormats.parseWhole(age.get());
            if (parsed.isEmpty() || parsed.get() < JobSeekerProfile.MIN_AGE || parsed.get() > JobSeekerProfile.MAX_AGE) {
                fail.accept(ProfileField.AGE, messages.get("profile.error.age", String.valueOf(JobSeekerProfile.MIN_AGE),
                        String.valueOf(JobSeekerProfile.MAX_AGE)));
                ok = false;
            } else {
                years = parsed.get();
            }
        }
        LocalDate end = null;
        if (!blank(allocationEnd.get())) {
            Optional<LocalDate> parsed = parseDate(allocationEnd.get());
            if (parsed.isEmpty()) {
                fail.accept(ProfileField.ALLOCATION_END, messages.get("profile.error.allocationEnd"));
                ok = false;
            } else if (allocation.get() == null || allocation.get() == Allocation.AUCUNE) {
                fail.accept(ProfileField.ALLOCATION_END, messages.get("profile.error.allocationEnd.alone"));
                ok = false;
            } else {
                end = parsed.get();
            }
        }
        return ok ? Optional.of(new Checked(status.get(), years, allocation.get(), end)) : Optional.empty();
    }

    /**
     * Fills the answers from a request (persona file, stored profile). A value the form cannot show (a typo in a file)
     * is refused on its field, so that it is seen and not silently dropped.
     */
    void fill(PathRequest r, BiConsumer<ProfileField, String> fail) {
        status.set(r.status() == null ? null : PersonStatus.parse(r.status()).orElse(null));
        age.set(r.age() == null ? "" : String.valueOf(r.age()));
        allocation.set(r.allocation() == null ? null : Allocation.parse(r.allocation()).orElse(null));
        allocationEnd.set("");
        if (r.allocationEnd() != null) {
            try {
                allocationEnd.set(SHOWN_DATE.format(LocalDate.parse(r.allocationEnd().strip())));
            } catch (DateTimeParseException e) {
                allocationEnd.set(r.allocationEnd());
            }
        }
        if (r.status() != null && status.get() == null) {
            fail.accept(ProfileField.STATUS, messages.get("profile.error.status", r.status()));
        }
        if (r.allocation() != null && allocation.get() == null) {
            fail.accept(ProfileField.ALLOCATION, messages.get("profile.error.allocation", r.allocation()));
        }
    }

    /** "30/06/2027", "1/7/2027" or "2027-06-30". */
    static Optional<LocalDate> parseDate(String text) {
        String t = text.strip();
        try {
            return Optional.of(t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, TYPED_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Null = not asked yet ("non renseigné"). */
    public ObjectProperty<PersonStatus> statusProperty() {
        return status;
    }

    public StringProperty ageProperty() {
        return age;
    }

    /** Null = not asked yet. */
    public ObjectProperty<Allocation> allocationProperty() {
        return allocation;
    }

    /** As typed: jj/mm/aaaa. */
    public StringProperty allocationEndProperty() {
        return allocationEnd;
    }
}
