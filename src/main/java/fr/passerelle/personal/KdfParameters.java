package fr.passerelle.personal;

import java.util.List;

/**
 * Argon2id cost settings, kept beside the wrapped key so that a later Passerelle can raise them. OWASP's Password
 * Storage Cheat Sheet gives equivalent minimum settings (memory in KiB, iterations, parallelism 1): 46 MiB × 1,
 * 19 MiB × 2, 12 MiB × 3, 9 MiB × 4, 7 MiB × 5. A key file asking for less is refused, so nobody can weaken the
 * derivation by editing it.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's equivalent minimum rows: {memory KiB, iterations}. */
    private static final List<int[]> OWASP_MINIMA = List.of(new int[] {47_104, 1}, new int[] {19_456, 2},
            new int[] {12_288, 3}, new int[] {9_216, 4}, new int[] {7_168, 5});

    /** OWASP's first listed minimum (19 MiB, 2 iterations, 1 lane): fast enough for tests. */
    public static final KdfParameters OWASP_MINIMUM = new KdfParameters(19_456, 2, 1);
    /**
     * What a workstation uses: 64 MiB and 3 iterations (above every OWASP row), about half a second on a 2-core
     * laptop, paid once per unlock.
     */
    public static final KdfParameters DEFAULT = new KdfParameters(65_536, 3, 1);

    public KdfParameters {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallélisme Argon2id hors limites : " + parallelism);
        }
        if (memoryKiB > 4 * 1024 * 1024 || iterations > 100) {
            throw new IllegalArgumentException("réglages Argon2id démesurés (" + memoryKiB + " Kio, " + iterations + " passes)");
        }
    }

    /** True when these settings are at least one of OWASP's minimum rows. */
    public boolean meetsOwaspMinimum() {
        return OWASP_MINIMA.stream().anyMatch(row -> memoryKiB >= row[0] && iterations >= row[1]);
    }
}
