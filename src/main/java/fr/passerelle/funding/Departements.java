package fr.passerelle.funding;

/** The département of a commune, from its INSEE code: two characters ("59", "2A"), three overseas ("971"). */
public final class Departements {
    private Departements() {
    }

    public static String ofCommune(String insee) {
        if (insee == null || insee.length() != 5) {
            return null;
        }
        return insee.startsWith("97") || insee.startsWith("98") ? insee.substring(0, 3) : insee.substring(0, 2);
    }
}
