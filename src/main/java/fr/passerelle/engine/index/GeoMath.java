package fr.passerelle.engine.index;

/** Straight-line ("as the crow flies") distances on the WGS84 sphere. */
public final class GeoMath {
    private static final double EARTH_RADIUS_KM = 6_371.0088;

    private GeoMath() {
    }

    /** Haversine distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude spanned by {@code km}: a cheap pre-filter before the exact distance. */
    public static double latitudeDegrees(double km) {
        return km / 111.2;
    }
}
