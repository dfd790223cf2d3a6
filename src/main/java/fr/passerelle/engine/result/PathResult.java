package fr.passerelle.engine.result;

import fr.passerelle.engine.profile.JobSeekerProfile;
import java.util.List;
import java.util.Map;

/** The whole path for one profile: the source, the ranked targets, the rescue options and the age of the data. */
public record PathResult(JobSeekerProfile profile, String sourceLabel, String communeName, String departement,
                         List<TargetOccupation> occupations, List<RescueOption> rescue, Map<String, String> dataAsOf) {
}
