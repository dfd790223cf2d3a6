package fr.passerelle.ui.interview;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of one interview, shared by the screens that need it (one object handed to their view models by the
 * composition root, never a static): who she is, the request as typed, the profile the path is computed for (with
 * the what-if changes), the path, the occupations chosen for comparison and the one chosen for the plan.
 * Touched on the UI thread only.
 */
public final class InterviewState {
    /** At most this many occupations are compared side by side. */
    public static final int MAX_COMPARED = 3;

    private final ObjectProperty<StoredProfile> person = new SimpleObjectProperty<>();
    private final StringProperty personName = new SimpleStringProperty();
    private final ObjectProperty<PathRequest> request = new SimpleObjectProperty<>();
    private final ObjectProperty<JobSeekerProfile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<PathResult> path = new SimpleObjectProperty<>();
    private final ObservableList<String> compared = FXCollections.observableArrayList();
    private final StringProperty planTarget = new SimpleStringProperty();
    private final StringProperty detailTarget = new SimpleStringProperty();

    /** The stored profile of the person, null until saved. */
    public ObjectProperty<StoredProfile> personProperty() {
        return person;
    }

    /** Her name as typed (may be empty: the plan then says "la personne accompagnée"). */
    public StringProperty personNameProperty() {
        return personName;
    }

    public ObjectProperty<PathRequest> requestProperty() {
        return request;
    }

    /** The profile the path is computed for; a new value makes the path screen recompute. */
    public ObjectProperty<JobSeekerProfile> profileProperty() {
        return profile;
    }

    public ObjectProperty<PathResult> pathProperty() {
        return path;
    }

    /** ROME codes of the occupations chosen for the comparison, in the order chosen. */
    public ObservableList<String> compared() {
        return compared;
    }

    /** Adds or removes an occupation from the comparison; false when it is full. */
    public boolean toggleCompared(String rome) {
        if (compared.remove(rome)) {
            return true;
        }
        if (compared.size() >= MAX_COMPARED) {
            return false;
        }
        compared.add(rome);
        return true;
    }

    /** The ROME code chosen for the action plan. */
    public StringProperty planTargetProperty() {
        return planTarget;
    }

    /** The ROME code whose detail is open on the path screen, null when the cards are shown. */
    public StringProperty detailTargetProperty() {
        return detailTarget;
    }

    /** A target of the current path by its code. */
    public Optional<TargetOccupation> target(String rome) {
        PathResult result = path.get();
        if (result == null || rome == null) {
            return Optional.empty();
        }
        return result.occupations().stream().filter(t -> t.rome().equals(rome)).findFirst();
    }

    /** Starts a new interview: forgets the person, the path and the choices. */
    public void clear() {
        person.set(null);
        personName.set(null);
        request.set(null);
        profile.set(null);
        path.set(null);
        compared.clear();
        planTarget.set(null);
        detailTarget.set(null);
    }
}
