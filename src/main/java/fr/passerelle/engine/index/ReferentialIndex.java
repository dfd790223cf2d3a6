package fr.passerelle.engine.index;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeItemKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ROME graph in memory: ROME 4 fiches, their ranked mobility links, the ROME 3 typed links (reached through
 * each fiche's ROME 3 parent), and the skill / knowledge / context items of each fiche.
 */
public final class ReferentialIndex {

    /** A ROME 4 fiche as the engine uses it. */
    public record Fiche(String code, String label, String parentV3, boolean executive, boolean regulated) {
    }

    /** A ROME 4 mobility link with its rank (1 = closest). */
    public record RankedLink(String target, int rank) {
    }

    /** A ROME 3 mobility link with its type. */
    public record TypedLink(String targetV3, MobilityType type) {
    }

    /** A named skill or knowledge item of a fiche. */
    public record Item(String ogr, String label, RomeItemKind kind) {
    }

    private final Map<String, Fiche> fiches = new TreeMap<>();
    private final Map<String, String> v3Labels = new HashMap<>();
    private final Map<String, List<String>> v4ByParent = new HashMap<>();
    private final Map<String, List<RankedLink>> ranked = new HashMap<>();
    private final Map<String, List<TypedLink>> typed = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Set<String>> itemsByCode = new HashMap<>();
    private final Map<String, Set<String>> coreItemsByCode = new HashMap<>();

    public ReferentialIndex(List<Occupation> occupations, List<MobilityLink> links, List<RomeItem> romeItems,
                            List<CoherenceItem> coherence) {
        for (Occupation o : occupations) {
            if (o.referential() == Referential.V4) {
                String parent = o.parentCode() == null ? o.code().value() : o.parentCode().value();
                fiches.put(o.code().value(), new Fiche(o.code().value(), o.label(), parent, o.executive(), o.regulated()));
                v4ByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(o.code().value());
            } else {
                v3Labels.put(o.code().value(), o.label());
            }
        }
        v4ByParent.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        for (MobilityLink link : links) {
            String source = link.sourceCode().value();
            if (link.referential() == Referential.V4 && link.rankOrder() != null) {
                ranked.computeIfAbsent(source, k -> new ArrayList<>()).add(new RankedLink(link.targetCode().value(), link.rankOrder()));
            } else if (link.referential() == Referential.V3 && link.mobilityType() != null) {
                List<TypedLink> list = typed.computeIfAbsent(source, k -> new ArrayList<>());
                TypedLink typedLink = new TypedLink(link.targetCode().value(), link.mobilityType());
                if (!list.contains(typedLink)) {
                    list.add(typedLink);
                }
            }
        }
        ranked.values().forEach(list -> list.sort(Comparator.comparingInt(RankedLink::rank).thenComparing(RankedLink::target)));
        typed.values().forEach(list -> list.sort(Comparator.comparing((TypedLink t) -> t.type()).thenComparing(TypedLink::targetV3)));
        for (RomeItem item : romeItems) {
            if (item.referential() == Referential.V4) {
                items.putIfAbsent(item.ogr(), new Item(item.ogr(), item.label(), item.kind()));
            }
        }
        for (CoherenceItem c : coherence) {
            // Work contexts (hours, status...) describe conditions, not skills: they do not count as shared skills.
            if (c.referential() == Referential.V4 && items.containsKey(c.ogr()) && items.get(c.ogr()).kind() != RomeItemKind.CONTEXT) {
                itemsByCode.computeIfAbsent(c.romeCode().value(), k -> new LinkedHashSet<>()).add(c.ogr());
                if ("Principale".equals(c.coreStatus())) {
                    coreItemsByCode.computeIfAbsent(c.romeCode().value(), k -> new LinkedHashSet<>()).add(c.ogr());
                }
            }
        }
    }

    public Optional<Fiche> fiche(String code) {
        return Optional.ofNullable(fiches.get(code));
    }

    public int size() {
        return fiches.size();
    }

    /** Every ROME 4 code, in order. */
    public java.util.Collection<String> codes() {
        return java.util.Collections.unmodifiableSet(fiches.keySet());
    }

    public String v3Label(String v3) {
        return v3Labels.get(v3);
    }

    /** The ROME 3 code that labour-market data uses for a ROME 4 fiche. */
    public String v3Of(String v4) {
        Fiche fiche = fiches.get(v4);
        return fiche == null ? v4 : fiche.parentV3();
    }

    /** The ROME 4 fiches derived from a ROME 3 code. */
    public List<String> v4Of(String v3) {
        return v4ByParent.getOrDefault(v3, fiches.containsKey(v3) ? List.of(v3) : List.of());
    }

    public List<RankedLink> rankedLinks(String v4) {
        return ranked.getOrDefault(v4, List.of());
    }

    public List<TypedLink> typedLinks(String v3) {
        return typed.getOrDefault(v3, List.of());
    }

    public Set<String> items(String v4) {
        return itemsByCode.getOrDefault(v4, Set.of());
    }

    public Set<String> coreItems(String v4) {
        return coreItemsByCode.getOrDefault(v4, Set.of());
    }

    public Item item(String ogr) {
        return items.get(ogr);
    }
}
