package fr.passerelle.generate;

import java.util.SplittableRandom;

/** Street lines and names that look French and belong to nobody. */
final class Addresses {
    private static final String[] STREETS = {
        "rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur", "boulevard Gambetta",
        "rue du Général de Gaulle", "place de la Gare", "rue de l'Église", "rue des Écoles", "chemin des Vignes",
        "rue du Moulin", "avenue de la Libération", "rue Jules Ferry", "rue de Paris", "allée des Tilleuls",
        "rue des Prés", "impasse des Artisans", "rue de la Mairie", "avenue du Maréchal Foch", "rue Émile Zola",
        "rue du Stade", "route nationale", "rue des Jardins", "quai de la Marne", "rue Nationale",
    };
    private static final String[] AREAS = {
        "ZA du Moulin", "ZI des Grands Champs", "Parc d'activités de la Plaine", "Bâtiment B", "Centre commercial du Lac",
        "Zone artisanale Les Près", "Immeuble Le Forum",
    };
    private static final String[] SHOPS = {
        "Atelier", "Comptoir", "Maison", "Garage", "Boutique", "Cabinet", "Ateliers réunis", "Espace", "Services",
    };

    private Addresses() {
    }

    /** "12 rue Pasteur", sometimes "ZA du Moulin, 3 rue des Prés" (a comma: quoted in CSV). Under 50 characters. */
    static String line(SplittableRandom r) {
        String street = Draw.pick(r, STREETS);
        int number = 1 + r.nextInt(r.nextInt(8) == 0 ? 250 : 60);
        String line = number + (r.nextInt(20) == 0 ? " bis " : " ") + street;
        if (r.nextInt(10) == 0) {
            String withArea = Draw.pick(r, AREAS) + ", " + line;
            line = withArea.length() <= 50 ? withArea : line;   // LHEO <ligne> holds 50 characters
        }
        return line;
    }

    /** A shop sign such as "Comptoir du Havre (synthétique)". */
    static String sign(SplittableRandom r, String commune) {
        return Draw.pick(r, SHOPS) + " " + of(commune) + " (synthétique)";
    }

    /** French "de" before a place name: de Lille, d'Arras, du Havre, des Mureaux, de la Rochelle. */
    static String of(String place) {
        if (place.startsWith("Le ")) {
            return "du " + place.substring(3);
        }
        if (place.startsWith("Les ")) {
            return "des " + place.substring(4);
        }
        if (place.startsWith("La ")) {
            return "de la " + place.substring(3);
        }
        if (place.startsWith("L'")) {
            return "de l'" + place.substring(2);
        }
        if (!place.isEmpty() && "AEIOUYÉÈÊÂÎÔHaeiouy".indexOf(place.charAt(0)) >= 0) {
            return "d'" + place;
        }
        return "de " + place;
    }

    /** A telephone number from the range ARCEP keeps for fiction (01 99 00 xx xx). */
    static String phone(SplittableRandom r) {
        int n = r.nextInt(10_000);
        return "01 99 00 " + Fmt.pad(n / 100, 2) + " " + Fmt.pad(n % 100, 2);
    }
}
