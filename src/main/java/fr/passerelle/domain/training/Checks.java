package fr.passerelle.domain.training;

import java.util.regex.Pattern;

/** Small argument checks shared by the training records; messages are French, as the importers show them. */
final class Checks {
    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private Checks() {
    }

    static String id(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " : identifiant vide");
        }
        return maxLength(what, value, 200);
    }

    static String required(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " : valeur obligatoire manquante");
        }
        return maxLength(what, value, max);
    }

    static String maxLength(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(what + " : " + value.length() + " caractères, " + max + " au plus");
        }
        return value;
    }

    static void siret(String value) {
        if (value != null && !SIRET.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un SIRET (14 chiffres)");
        }
    }

    static void postalCode(String value) {
        if (value != null && !POSTAL_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code postal (5 chiffres)");
        }
    }

    static void nonNegative(String what, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(what + " négatif : " + value);
        }
    }

    static void coordinates(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude et longitude vont ensemble");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("coordonnées hors limites : " + latitude + ", " + longitude);
        }
    }
}
