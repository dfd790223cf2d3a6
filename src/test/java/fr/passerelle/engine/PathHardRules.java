package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.EngineRules;

import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every path must keep, whatever the profile (issue 10): never a regulated occupation "now"; "no training
 * needed" only with a real skill overlap; no certification counted as hers above her level; demand measured nationally
 * labelled so and weighed less; no doubled territory label; every occupation says when (its horizon, with its reason)
 * and what is known of companies; horizons in order, each ranked by score.
 */
final class PathHardRules {
    private static final Pattern SHARED = Pattern.compile("^(\\d+) compétences et savoirs en commun sur (\\d+) ");
    static final String HELD = " (niveau atteint)";

    private PathHardRules() {
    }

    /** What is broken in one path, one line per broken rule and occupation (empty when all hold). */
    static List<String> check(String id, PathResult path, JobSeekerProfile profile, PathIndex index) {
        List<String> broken = new ArrayList<>();
        ReferentialIndex rome = index.referential();
        Horizon previous = Horizon.NOW;
        double previousScore = Double.MAX_VALUE;
        for (TargetOccupation t : path.occupations()) {
            String who = id + " " + t.rome() + ": ";
            if (t.horizon().compareTo(previous) < 0) {
                broken.add(who + "horizons out of order");
            }
            if (t.horizon() != previous) {
                previous = t.horizon();
                previousScore = Double.MAX_VALUE;
            }
            if (t.score() > previousScore) {
                broken.add(who + "score " + t.score() + " above the previous one in its horizon");
            }
            previousScore = t.score();
            if (t.horizonReason() == null || t.horizonReason().text().isBlank()) {
                broken.add(who + "no horizon reason");
            }
            if (t.noTrainingNeeded() != (t.horizon() == Horizon.NOW)) {
                broken.add(who + "'no training needed' and horizon disagree");
            }
            if (t.regulated() && t.horizon() == Horizon.NOW) {
                broken.add(who + "regulated occupation placed 'now'");
            }
            if (t.regulated() && t.reasons().stream().anyMatch(r -> r.text().contains("pas de formation obligatoire"))) {
                broken.add(who + "regulated occupation said to need no training");
            }
            if (t.horizon() == Horizon.NOW && !realOverlap(t)) {
                broken.add(who + "'now' without a real skill overlap");
            }
            Set<String> certifications = new HashSet<>();
            rome.certifications(t.rome()).forEach(ogr -> certifications.add(rome.item(ogr).label()));
            for (String skill : t.sharedSkills()) {
                String label = skill.endsWith(HELD) ? skill.substring(0, skill.length() - HELD.length()) : skill;
                if (certifications.contains(label)) {
                    int level = LevelWords.lowestLevel(label);
                    if (!skill.endsWith(HELD) || level == 0 || level > profile.level().framework()) {
                        broken.add(who + "certification counted as hers: " + skill);
                    }
                }
            }
            for (Reason r : t.reasons()) {
                if (r.text().contains("France France") || r.text().contains("(France France")) {
                    broken.add(who + "doubled territory label: " + r.text());
                }
            }
            if ("France".equals(t.demand().level())) {
                boolean said = t.reasons().stream().anyMatch(r -> r.text().contains("au niveau national, faute de chiffre local"));
                if (!said || t.demand().trust() != EngineRules.TRUST_FRANCE.value()) {
                    broken.add(who + "national demand not said or not weighed less");
                }
            }
            if (t.reasons().stream().noneMatch(r -> r.kind().equals("entreprises"))) {
                broken.add(who + "nothing said about companies");
            }
        }
        return broken;
    }

    private static boolean realOverlap(TargetOccupation t) {
        for (Reason r : t.reasons()) {
            Matcher m = SHARED.matcher(r.text());
            if (m.find()) {
                int shared = Integer.parseInt(m.group(1));
                int of = Integer.parseInt(m.group(2));
                return shared >= EngineRules.NOW_MIN_SHARED.asInt() && (double) shared / of >= EngineRules.NOW_MIN_SHARE.value();
            }
        }
        return false;
    }
}
