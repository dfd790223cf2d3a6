package fr.passerelle.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AliasSamplerTest {

    @Test
    void drawsInProportionToWeightsAndNeverAZeroWeight() {
        AliasSampler sampler = new AliasSampler(new double[] {1, 0, 3, 6});
        SplittableRandom random = new SplittableRandom(1);
        int[] counts = new int[4];
        for (int i = 0; i < 100_000; i++) {
            counts[sampler.next(random)]++;
        }
        assertEquals(0, counts[1]);
        assertEquals(0.1, counts[0] / 100_000.0, 0.01);
        assertEquals(0.3, counts[2] / 100_000.0, 0.01);
        assertEquals(0.6, counts[3] / 100_000.0, 0.01);
    }

    @Test
    void rejectsNoWeightAtAll() {
        assertThrows(IllegalArgumentException.class, () -> new AliasSampler(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new AliasSampler(new double[] {}));
    }
}
