package fr.passerelle.engine.index;

import fr.passerelle.domain.territory.AreaScheme;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.Region;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Communes with their coordinates, postal codes, département, region and employment areas; commune look-up. */
public final class TerritoryIndex {

    /** A commune as the engine uses it. */
    public record Place(String insee, String name, String departement, String region, Double latitude, Double longitude,
                        String bmoArea, String lbbArea) {
        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
    }

    /** What a commune look-up found: one place, several (ambiguous name), or none (with close names). */
    public record Lookup(Optional<Place> place, List<Place> candidates) {
    }

    /** A name followed by its département in brackets: "Saint-Denis (93)", "Sainte-Marie(972)". */
    private static final Pattern WITH_DEPARTEMENT = Pattern.compile("(.+?)\\s*\\(\\s*([0-9]{2,3}|2[ABab])\\s*\\)");

    private final TreeMap<String, Place> byInsee = new TreeMap<>();
    private final Map<String, List<Place>> byPostal = new HashMap<>();
    /** By normalised name: made on the first look-up by name (normalising 35,000 names costs a start time). */
    private volatile Map<String, List<Place>> byName;
    private final Map<String, String> departementNames = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> departementRegion = new HashMap<>();
    private final Map<String, String> bmoAreaLabels = new HashMap<>();
    private final Map<String, String> bmoAreaDepartement = new HashMap<>();

    public TerritoryIndex(List<Region> regions, List<Departement> departements, List<Commune> communes,
                          List<CommunePostalCode> postalCodes, List<EmploymentArea> areas,
                          List<CommuneEmploymentArea> links) {
        regions.forEach(r -> regionNames.put(r.code(), r.name()));
        departements.forEach(d -> {
            departementNames.put(d.code(), d.name());
            departementRegion.put(d.code(), d.regionCode());
        });
        areas.stream().filter(a -> a.scheme() == AreaScheme.BMO && a.label() != null)
                .forEach(a -> bmoAreaLabels.put(a.code(), a.label()));
        Map<String, String> bmo = new HashMap<>();
        Map<String, String> lbb = new HashMap<>();
        for (CommuneEmploymentArea link : links) {
            (link.scheme() == AreaScheme.BMO ? bmo : lbb).put(link.inseeCode().value(), link.areaCode());
        }
        for (Commune c : communes) {
            String insee = c.inseeCode().value();
            Place place = new Place(insee, c.name(), c.departementCode(), c.regionCode(), c.latitude(), c.longitude(),
                    bmo.get(insee), lbb.get(insee));
            byInsee.put(insee, place);
            if (place.bmoArea() != null) {
                bmoAreaDepartement.putIfAbsent(place.bmoArea(), place.departement());
            }
        }
        for (CommunePostalCode p : postalCodes) {
            Place place = byInsee.get(p.inseeCode().value());
            if (place != null) {
                byPostal.computeIfAbsent(p.postalCode(), k -> new ArrayList<>()).add(place);
            }
        }
        byPostal.values().forEach(l -> l.sort(Comparator.comparing(Place::insee)));
    }

    private Map<String, List<Place>> byName() {
        Map<String, List<Place>> names = byName;
        if (names == null) {
            synchronized (this) {
                names = byName;
                if (names == null) {
                    names = new HashMap<>();
                    for (Place place : byInsee.values()) {
                        names.computeIfAbsent(normalize(place.name()), k -> new ArrayList<>()).add(place);
                    }
                    names.values().forEach(l -> l.sort(Comparator.comparing(Place::insee)));
                    byName = names;
                }
            }
        }
        return names;
    }

    public Optional<Place> place(String insee) {
        return Optional.ofNullable(byInsee.get(insee));
    }

    public int size() {
        return byInsee.size();
    }

    /** INSEE codes of the communes that have coordinates, in order. */
    public List<String> placedCommunes() {
        return byInsee.values().stream().filter(Place::hasCoordinates).map(Place::insee).toList();
    }

    /** Finds a commune by INSEE code, postal code or name (accents and case ignored). */
    public Lookup lookup(String text) {
        String t = code(text);
        Matcher withDepartement = WITH_DEPARTEMENT.matcher(t);
        if (withDepartement.matches()) {
            return inDepartement(withDepartement.group(1), withDepartement.group(2).toUpperCase(Locale.ROOT));
        }
        if (t.matches("(?:[0-9]{2}|2[AB])[0-9]{3}") && byInsee.containsKey(t)) {
            return new Lookup(Optional.of(byInsee.get(t)), List.of());
        }
        if (t.matches("[0-9]{5}")) {
            List<Place> places = byPostal.getOrDefault(t, List.of());
            return places.size() == 1 ? new Lookup(Optional.of(places.get(0)), List.of()) : new Lookup(Optional.empty(), places);
        }
        List<Place> exact = byName().getOrDefault(articleFirst(normalize(t)), List.of());
        if (exact.size() == 1) {
            return new Lookup(Optional.of(exact.get(0)), List.of());
        }
        if (exact.size() > 1) {
            return new Lookup(Optional.empty(), exact);
        }
        return new Lookup(Optional.empty(), suggestions(articleFirst(normalize(t))));
    }

    /**
     * A homonym given with its département as the path's header and suggestions print it, "Saint-Denis (93)": the one
     * commune of that exact name there; otherwise what the name alone suggests, those of that département first.
     */
    private Lookup inDepartement(String name, String departement) {
        List<Place> exact = byName().getOrDefault(articleFirst(normalize(name)), List.of()).stream()
                .filter(p -> p.departement().equals(departement)).toList();
        if (exact.size() == 1) {
            return new Lookup(Optional.of(exact.get(0)), List.of());
        }
        Lookup byNameOnly = lookup(name);
        List<Place> all = byNameOnly.place().map(List::of).orElse(byNameOnly.candidates());
        List<Place> there = all.stream().filter(p -> p.departement().equals(departement)).toList();
        return new Lookup(Optional.empty(), there.isEmpty() ? all : there);
    }

    /**
     * What was typed, stripped, with the two code forms that no file holds read as the commune they stand for: four
     * digits are a code whose leading zero a spreadsheet dropped ("1004", the Ain's 01004); the INSEE code of a
     * municipal arrondissement of Paris, Marseille or Lyon (75101–75120, 13201–13216, 69381–69389, as a France Travail
     * file or a payslip may give it) is its commune, which the communes file (the COG's list) holds alone, unless the
     * cache holds the arrondissement itself.
     */
    private String code(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[0-9]{4}")) {
            t = "0" + t;
        }
        if (byInsee.containsKey(t)) {
            return t;
        }
        if (t.matches("751(0[1-9]|1[0-9]|20)")) {
            return "75056";
        }
        if (t.matches("132(0[1-9]|1[0-6])")) {
            return "13055";
        }
        return t.matches("6938[1-9]") ? "69123" : t;
    }

    /** The official sorted form "havre (le)" said as the name is written, "le havre". */
    private static String articleFirst(String normalized) {
        return normalized.replaceFirst("^(.+?) ?\\((le|la|les|l) ?\\)$", "$2 $1");
    }

    /** A normalized name without its leading article ("le havre" → "havre"), to match what is typed without it. */
    private static String withoutArticle(String normalized) {
        return normalized.replaceFirst("^(le|la|les|l) ", "");
    }

    /**
     * When {@link #lookup} reads {@code text} as an INSEE code, the other communes whose postal code it also is (59650 is
     * Wattrelos's INSEE code and Villeneuve-d'Ascq's postal code; about 3,000 codes are both), in INSEE order; empty
     * otherwise. The INSEE reading stays (programs and the window's form give INSEE codes); the caller says it.
     */
    public List<Place> postalNamesakes(String text) {
        String t = code(text);
        if (!t.matches("[0-9]{5}") || !byInsee.containsKey(t)) {
            return List.of();
        }
        return byPostal.getOrDefault(t, List.of()).stream().filter(p -> !p.insee().equals(t)).toList();
    }

    /**
     * Communes whose INSEE code, postal code or name starts with what was typed (accents and case ignored), for an
     * autocomplete: exact name first, then by name; at most {@code limit}.
     */
    public List<Place> complete(String typed, int limit) {
        String t = typed == null ? "" : typed.strip();
        List<Place> found = new ArrayList<>();
        if (t.isEmpty()) {
            return found;
        }
        if (t.matches("[0-9]{1,5}|2[AaBb][0-9]{0,3}")) {
            String upper = t.toUpperCase(Locale.ROOT);
            java.util.Set<Place> seen = new java.util.LinkedHashSet<>();
            byInsee.tailMap(upper).entrySet().stream().takeWhile(e -> e.getKey().startsWith(upper)).limit(limit)
                    .forEach(e -> seen.add(e.getValue()));
            byPostal.entrySet().stream().filter(e -> e.getKey().startsWith(upper)).sorted(Map.Entry.comparingByKey())
                    .flatMap(e -> e.getValue().stream()).limit(limit).forEach(seen::add);
            found.addAll(seen);
            found.sort(Comparator.comparing(Place::insee));
        } else {
            String n = normalize(t);
            for (Map.Entry<String, List<Place>> e : byName().entrySet()) {
                if (e.getKey().startsWith(n)) {
                    found.addAll(e.getValue());
                }
            }
            found.sort(Comparator.comparing((Place p) -> !normalize(p.name()).equals(n)).thenComparing(p -> p.name().length())
                    .thenComparing(Place::name).thenComparing(Place::insee));
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** The postal codes of a commune, in order (empty when the cache has none). */
    public List<String> postalCodes(String insee) {
        return byPostal.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.insee().equals(insee)))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private List<Place> suggestions(String normalized) {
        List<Place> found = new ArrayList<>();
        if (normalized.length() < 2) {
            return found;
        }
        for (Map.Entry<String, List<Place>> e : byName().entrySet()) {
            String name = e.getKey();
            String bare = withoutArticle(name);
            if (name.startsWith(normalized) || bare.startsWith(normalized) || distanceAtMost(name, normalized, 2)
                    || distanceAtMost(bare, normalized, 2)) {
                found.addAll(e.getValue());
            }
        }
        // The name without its article typed whole first ("havre": Le Havre), then names that start so, then the others.
        found.sort(Comparator.comparingInt((Place p) -> {
            String name = normalize(p.name());
            String bare = withoutArticle(name);
            return bare.equals(normalized) ? 0 : name.startsWith(normalized) || bare.startsWith(normalized) ? 1 : 2;
        }).thenComparing(Place::name).thenComparing(Place::insee));
        return found.size() > 8 ? found.subList(0, 8) : found;
    }

    public String departementName(String code) {
        return departementNames.getOrDefault(code, code);
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    public String bmoAreaLabel(String code) {
        return bmoAreaLabels.getOrDefault(code, code);
    }

    /** The BMO employment areas with a label, code → label, ordered by code (the local market's choice of area). */
    public java.util.SortedMap<String, String> bmoAreas() {
        return new TreeMap<>(bmoAreaLabels);
    }

    /** The départements, code → name, ordered by code. */
    public java.util.SortedMap<String, String> departements() {
        return new TreeMap<>(departementNames);
    }

    /** The communes (with coordinates or not), in INSEE order. */
    public java.util.Collection<Place> places() {
        return java.util.Collections.unmodifiableCollection(byInsee.values());
    }

    /** The département most communes of a BMO area belong to (areas rarely straddle two). */
    public String departementOfArea(String area) {
        return bmoAreaDepartement.get(area);
    }

    public String regionOfDepartement(String departement) {
        return departementRegion.get(departement);
    }

    /** Lower case, no accents, hyphens and apostrophes as spaces, "saint" spelled out. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        folded = folded.replaceAll("[-'’]", " ").replaceAll("\\bst\\b", "saint").replaceAll("\\bste\\b", "sainte");
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance ≤ max, with an early exit (names are short). */
    static boolean distanceAtMost(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= max;
    }
}
