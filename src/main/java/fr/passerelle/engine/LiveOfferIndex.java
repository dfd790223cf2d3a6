package fr.passerelle.engine;

import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.engine.index.GeoMath;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.LiveOffers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The live job offers of the cache by ROME code, each placed once: at its own coordinates, else at its commune's
 * centre when the INSEE code is known, else nowhere ("lieu non précisé", never within a radius). An offer created
 * more than {@link #LIVE_DAYS} days before the day it was fetched is not live (the API keeps offers online for
 * months; an old one is most likely filled). Kept beside the path index, not in it: the offers change with every
 * sync while the persisted index is built once per cache state.
 */
public final class LiveOfferIndex {
    /** An offer older than its fetch day minus this many days is not counted ({@code EngineRules.LIVE_OFFER_DAYS}). */
    public static final int LIVE_DAYS = fr.passerelle.engine.rules.EngineRules.LIVE_OFFER_DAYS.asInt();
    /** No offers dataset in the cache: the path says nothing of live offers (null in the JSON). */
    public static final LiveOfferIndex NONE = new LiveOfferIndex(null, Map.of());

    private final LocalDate fetchedOn;
    private final Map<String, List<Placed>> byRome;

    private record Placed(LiveOffer offer, Double latitude, Double longitude, String commune) {
    }

    private LiveOfferIndex(LocalDate fetchedOn, Map<String, List<Placed>> byRome) {
        this.fetchedOn = fetchedOn;
        this.byRome = byRome;
    }

    /** {@code offers} empty when the cache holds no offers dataset; the territory places offers without coordinates. */
    public static LiveOfferIndex of(Optional<List<LiveOffer>> offers, TerritoryIndex territory) {
        if (offers.isEmpty()) {
            return NONE;
        }
        LocalDate newest = null;
        Map<String, List<Placed>> byRome = new HashMap<>();
        for (LiveOffer o : offers.get()) {
            newest = newest == null || o.fetchedOn().isAfter(newest) ? o.fetchedOn() : newest;
            if (o.createdOn() != null && o.createdOn().isBefore(o.fetchedOn().minusDays(LIVE_DAYS))) {
                continue;
            }
            Optional<TerritoryIndex.Place> commune = o.communeInsee() == null ? Optional.empty() : territory.place(o.communeInsee());
            Double lat = o.latitude();
            Double lon = o.longitude();
            if (lat == null && commune.isPresent() && commune.get().hasCoordinates()) {
                lat = commune.get().latitude();
                lon = commune.get().longitude();
            }
            String name = commune.map(TerritoryIndex.Place::name).orElseGet(() -> placeWords(o.commune()));
            byRome.computeIfAbsent(o.romeCode().value(), k -> new ArrayList<>()).add(new Placed(o, lat, lon, name));
        }
        return new LiveOfferIndex(newest, byRome);
    }

    /** True when the cache holds an offers dataset. */
    public boolean present() {
        return this != NONE;
    }

    /** The live offers of these ROME codes within {@code radiusKm} of the point, or null without an offers dataset. */
    public LiveOffers near(List<String> romeCodes, double latitude, double longitude, int radiusKm) {
        if (!present()) {
            return null;
        }
        int unplaced = 0;
        List<Placed> within = new ArrayList<>();
        for (String code : new java.util.LinkedHashSet<>(romeCodes)) {
            for (Placed p : byRome.getOrDefault(code, List.of())) {
                if (p.latitude() == null) {
                    unplaced++;
                } else if (GeoMath.km(latitude, longitude, p.latitude(), p.longitude()) <= radiusKm) {
                    within.add(p);
                }
            }
        }
        within.sort(Comparator.comparing((Placed p) -> p.offer().createdOn(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(p -> p.offer().id()));
        List<LiveOffers.Offer> latest = within.stream().limit(LiveOffers.SHOWN).map(p -> new LiveOffers.Offer(
                p.offer().title(), p.offer().employer(), p.commune(), p.offer().createdOn(), p.offer().contract())).toList();
        return new LiveOffers(within.size(), unplaced, fetchedOn, latest);
    }

    /** "59 - LILLE" (the API's place label) → "LILLE": the département is not a commune. */
    private static String placeWords(String label) {
        if (label == null) {
            return null;
        }
        String words = label.replaceFirst("^\\s*[0-9][0-9AB]\\s*-\\s*", "").strip();
        return Objects.requireNonNullElse(words.isEmpty() ? null : words, label);
    }
}
