package fr.passerelle.ui.market;

import java.util.List;

/**
 * One département's outline, projected to plane coordinates (x east, y south, in km-like units), with its bounding
 * box: what the map draws and what a click is tested against.
 *
 * @param rings each ring as {x0, y0, x1, y1, ...}
 */
public record DepartementShape(String code, String name, List<double[]> rings, double minX, double minY, double maxX,
                               double maxY) {

    /** Even-odd point-in-polygon over every ring (holes and islands included). */
    public boolean contains(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
