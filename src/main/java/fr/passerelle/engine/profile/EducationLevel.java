package fr.passerelle.engine.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * Education level on the French national framework of qualifications (2019): niveau 2 = no diploma (basic
 * activities), 3 = CAP/BEP, 4 = bac, 5 = bac+2, 6 = bac+3/4, 7 = bac+5, 8 = doctorate.
 */
public enum EducationLevel {
    AUCUN(2, "sans diplôme"),
    CAP(3, "CAP / BEP"),
    BAC(4, "bac"),
    BAC2(5, "bac+2"),
    BAC3(6, "bac+3 / bac+4"),
    BAC5(7, "bac+5"),
    BAC8(8, "doctorat");

    private final int framework;
    private final String label;

    EducationLevel(int framework, String label) {
        this.framework = framework;
        this.label = label;
    }

    /** The national framework level, 2..8. */
    public int framework() {
        return framework;
    }

    public String label() {
        return label;
    }

    /** The CLI / persona spelling: aucun, cap, bac, bac+2, bac+3, bac+5, bac+8, or the framework number 1..8. */
    public String key() {
        return switch (this) {
            case AUCUN -> "aucun";
            case CAP -> "cap";
            case BAC -> "bac";
            case BAC2 -> "bac+2";
            case BAC3 -> "bac+3";
            case BAC5 -> "bac+5";
            case BAC8 -> "bac+8";
        };
    }

    /** The level of a national framework number (2..8; 1 counts as 2, no diploma). */
    public static EducationLevel ofFramework(int framework) {
        for (EducationLevel level : values()) {
            if (level.framework == Math.max(2, Math.min(8, framework))) {
                return level;
            }
        }
        throw new IllegalStateException("framework " + framework);
    }

    public static Optional<EducationLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        for (EducationLevel level : values()) {
            if (level.key().equals(t)) {
                return Optional.of(level);
            }
        }
        return switch (t) {
            case "1", "2", "sansdiplome", "sans-diplome", "none" -> Optional.of(AUCUN);
            case "3", "bep" -> Optional.of(CAP);
            case "4" -> Optional.of(BAC);
            case "5" -> Optional.of(BAC2);
            case "6", "bac+4", "licence" -> Optional.of(BAC3);
            case "7", "master" -> Optional.of(BAC5);
            case "8", "doctorat" -> Optional.of(BAC8);
            default -> Optional.empty();
        };
    }

    /** From an LHEO dict-niveaux code: old scale 1..8 (1 = none, 4 = CAP, 5 = bac...) or new 11..18 (= level 1..8). */
    public static Optional<EducationLevel> fromLheo(Integer code) {
        if (code == null || code == 0) {
            return Optional.empty();
        }
        int framework = switch (code) {
            case 1, 2 -> 2;
            case 3, 4 -> 3;
            case 5 -> 4;
            case 6 -> 5;
            case 7 -> 6;
            case 8 -> 7;
            default -> code >= 11 && code <= 18 ? code - 10 : -1;
        };
        for (EducationLevel level : values()) {
            if (level.framework == Math.max(2, framework)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
