package fr.passerelle.export;

/**
 * How to reach a training's organisation and what it asks before entry, as the catalogue gives it. Any part may be
 * null. The LHEO files also carry e-mail, phone and web addresses, but the cache does not keep them yet.
 *
 * @param entryConditions the catalogue's "conditions spécifiques" (e.g. "information collective et entretien")
 */
public record TrainingContact(String provider, String addressLine, String postalCode, String city, String entryConditions) {

    /** The postal address on one line ("3 avenue des Entrepôts, 59500 Douai"), or null when there is none. */
    public String address() {
        String town = join(" ", postalCode, city);
        String all = join(", ", addressLine, town);
        return all.isEmpty() ? null : all;
    }

    private static String join(String separator, String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a.strip() + separator + b.strip() : hasA ? a.strip() : hasB ? b.strip() : "";
    }
}
