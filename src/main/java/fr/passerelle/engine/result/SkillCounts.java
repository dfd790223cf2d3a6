package fr.passerelle.engine.result;

/**
 * How many skills she holds, lacks, and how many diplomas of the target she cannot claim, in all: the lists of a
 * {@link TargetOccupation} name only the first few ({@code SHOWN_SKILLS}), and a heading that counted the list would
 * say "6" where the fiches share 20.
 */
public record SkillCounts(int held, int missing, int diplomas) {
    public SkillCounts {
        if (held < 0 || missing < 0 || diplomas < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
