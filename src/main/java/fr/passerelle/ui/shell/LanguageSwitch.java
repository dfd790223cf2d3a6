package fr.passerelle.ui.shell;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.ui.interview.InterviewState;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * What a language switch carries into the window built again in the other language: the window starts from her
 * request as typed, and the what-if values of the path screen (radius, maximum length, budget, remote learning),
 * which were never part of the request, are put back on the new interview as soon as her profile is resolved there.
 */
final class LanguageSwitch {
    private LanguageSwitch() {
    }

    /**
     * Once {@code next} resolves a profile for the same person (same occupation and commune), replaces it with
     * {@code whatIf}; the path screen then shows the what-if values and computes that path (the latest wins).
     */
    static void keepWhatIf(JobSeekerProfile whatIf, InterviewState next) {
        if (whatIf == null) {
            return;
        }
        next.profileProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends JobSeekerProfile> obs, JobSeekerProfile old, JobSeekerProfile resolved) {
                if (resolved == null) {
                    return;
                }
                obs.removeListener(this);
                if (samePerson(resolved, whatIf) && !resolved.equals(whatIf)) {
                    // After the listeners of this change have run: the path screen first takes the resolved profile.
                    Platform.runLater(() -> next.profileProperty().set(whatIf));
                }
            }
        });
    }

    static boolean samePerson(JobSeekerProfile a, JobSeekerProfile b) {
        return a.rome().equals(b.rome()) && a.commune().equals(b.commune()) && a.level() == b.level();
    }
}
