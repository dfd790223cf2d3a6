package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;

import static fr.passerelle.engine.rules.EngineRules.NOW_MIN_SHARE;
import static fr.passerelle.engine.rules.EngineRules.NOW_MIN_SHARED;
import static fr.passerelle.engine.rules.EngineRules.SHOWN_SKILLS;

import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.result.SkillCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What she already brings to a target fiche: the skill units both fiches share (see {@link ReferentialIndex}), the
 * core units she lacks, and the target's diplomas and certifications.
 *
 * <p>A diploma or certification is not a skill she has: a certification listed on both fiches counts as hers only
 * when the label names a level (CAP, bac, BTS...) her own level reaches; every other certification of the target is
 * shown as a "diplôme du métier visé". Certifications never enter the share, which is about what she can do.
 */
final class SkillOverlap {

    /**
     * {@code shared} of the target's {@code targetUnits} units; {@code sharedLabels} names them (units, then the
     * certifications she holds by level), {@code missing} the core units she lacks, {@code targetDiplomas} the
     * certifications of the target she cannot claim; each list names the first {@code SHOWN_SKILLS}, {@code counts}
     * says how many there are in all.
     */
    record Result(int shared, int targetUnits, List<String> sharedLabels, List<String> missing, List<String> targetDiplomas,
                  SkillCounts counts) {
        Result(int shared, int targetUnits, List<String> sharedLabels, List<String> missing, List<String> targetDiplomas) {
            this(shared, targetUnits, sharedLabels, missing, targetDiplomas,
                    new SkillCounts(sharedLabels.size(), missing.size(), targetDiplomas.size()));
        }

        double share() {
            return targetUnits == 0 ? 0 : (double) shared / targetUnits;
        }

        /** The "real overlap" that "no training needed" requires. */
        boolean real() {
            return shared >= NOW_MIN_SHARED.asInt() && share() >= NOW_MIN_SHARE.value();
        }
    }

    private SkillOverlap() {
    }

    static Result of(ReferentialIndex rome, String source, String target, EducationLevel level) {
        Set<String> own = rome.units(source);
        Set<String> theirs = rome.units(target);
        TreeSet<String> sharedLabels = new TreeSet<>();
        int shared = 0;
        for (String unit : theirs) {
            if (own.contains(unit)) {
                shared++;
                sharedLabels.add(label(rome, unit));
            }
        }
        List<String> held = new ArrayList<>();
        List<String> diplomas = new ArrayList<>();
        Set<String> ownCertifications = rome.certifications(source);
        for (String ogr : rome.certifications(target)) {
            String label = label(rome, ogr);
            int required = LevelWords.labelLevel(label);
            if (ownCertifications.contains(ogr) && required > 0 && level.framework() >= required) {
                held.add(label + " (niveau atteint)");
            } else {
                diplomas.add(label);
            }
        }
        // The most accessible first: by the level the label names (a CQP or "titre professionnel" names none: counted as
        // CAP level, the usual adult route), then by label.
        diplomas.sort(java.util.Comparator.comparingInt((String d) -> LevelWords.labelLevel(d) == 0 ? 3 : LevelWords.labelLevel(d))
                .thenComparing(d -> d));
        held.sort(String::compareTo);
        List<String> labels = new ArrayList<>(held); // the diplomas she holds by level first: they are rarer than skills
        labels.addAll(sharedLabels);
        List<String> missing = new ArrayList<>();
        int missingInAll = 0;
        for (String unit : rome.coreUnits(target).isEmpty() ? theirs : rome.coreUnits(target)) {
            if (!own.contains(unit)) {
                missingInAll++;
                if (missing.size() < SHOWN_SKILLS.asInt()) {
                    missing.add(label(rome, unit));
                }
            }
        }
        return new Result(shared, theirs.size(), first(labels), missing, first(diplomas),
                new SkillCounts(labels.size(), missingInAll, diplomas.size()));
    }

    private static String label(ReferentialIndex rome, String ogr) {
        ReferentialIndex.Item item = rome.item(ogr);
        return item == null ? ogr : item.label();
    }

    private static List<String> first(List<String> list) {
        int n = SHOWN_SKILLS.asInt();
        return List.copyOf(list.size() > n ? list.subList(0, n) : list);
    }
}
