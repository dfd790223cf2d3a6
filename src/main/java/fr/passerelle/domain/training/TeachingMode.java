package fr.passerelle.domain.training;

/** LHEO modalites-enseignement: 0 entirely face to face, 1 mixed, 2 entirely remote. */
public record TeachingMode(int code) {
    public static final TeachingMode FACE_TO_FACE = new TeachingMode(0);
    public static final TeachingMode MIXED = new TeachingMode(1);
    public static final TeachingMode REMOTE = new TeachingMode(2);

    public TeachingMode {
        if (code < 0 || code > 2) {
            throw new IllegalArgumentException("modalité d'enseignement " + code
                    + " inconnue (0 présentiel, 1 mixte, 2 entièrement à distance)");
        }
    }

    /** True when the whole training can be followed from home. */
    public boolean entirelyRemote() {
        return code == 2;
    }
}
