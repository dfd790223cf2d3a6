package fr.passerelle.ui.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.territory.GeoOutline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GeoJSON outlines (Polygon, MultiPolygon in WGS84 degrees) to plane shapes for an offline map of metropolitan France:
 * an equirectangular projection whose longitudes are shrunk by the cosine of 46.5° N, the latitude of France's
 * middle, so that shapes keep their proportions within a few per cent across the country (no tiles, no network).
 * Overseas départements are left out: drawn at their place they would shrink mainland France to a dot.
 */
public final class OutlineProjection {
    private static final double KM_PER_DEGREE = 111.2;
    private static final double COS_MIDDLE = Math.cos(Math.toRadians(46.5));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutlineProjection() {
    }

    public static double x(double longitude) {
        return longitude * COS_MIDDLE * KM_PER_DEGREE;
    }

    public static double y(double latitude) {
        return -latitude * KM_PER_DEGREE;
    }

    /** The mainland and Corsica outlines projected; an unreadable geometry is skipped (the others are still drawn). */
    public static List<DepartementShape> project(List<GeoOutline> outlines) {
        List<DepartementShape> shapes = new ArrayList<>();
        for (GeoOutline outline : outlines) {
            if (outline.code().length() > 2) {
                continue; // 971…976: overseas
            }
            try {
                DepartementShape shape = shape(outline);
                if (shape != null) {
                    shapes.add(shape);
                }
            } catch (IOException | RuntimeException e) {
                // The importer checked the file; a geometry it kept but we cannot read only leaves a hole in the map.
            }
        }
        return shapes;
    }

    private static DepartementShape shape(GeoOutline outline) throws IOException {
        JsonNode geometry = MAPPER.readTree(outline.geometry());
        List<double[]> rings = new ArrayList<>();
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            addPolygon(coordinates, rings);
        } else if ("MultiPolygon".equals(type)) {
            coordinates.forEach(polygon -> addPolygon(polygon, rings));
        }
        if (rings.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        return new DepartementShape(outline.code(), outline.name(), rings, minX, minY, maxX, maxY);
    }

    private static void addPolygon(JsonNode polygon, List<double[]> rings) {
        for (JsonNode ring : polygon) {
            double[] points = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode point : ring) {
                points[i++] = x(point.get(0).asDouble());
                points[i++] = y(point.get(1).asDouble());
            }
            if (points.length >= 6) {
                rings.add(points);
            }
        }
    }
}
