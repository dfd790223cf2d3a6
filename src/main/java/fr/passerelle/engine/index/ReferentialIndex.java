package fr.passerelle.engine.index;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeItemKind;
import fr.passerelle.domain.rome.RomeText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * each fiche's ROME 3 parent), the skill and knowledge units of each fiche, its certifications, and its text on
 * access to the occupation.
 *
 * <p>A skill <em>unit</em> is a knowledge item, or a skill counted by its ROME macro-competence (two fiches that
 * list different skills of the same macro-competence share that unit: Nesta's graded matching, in the ROME's own
 * grouping). Work contexts (hours, status) are conditions, not skills; certifications (category "Certifications et
 * habilitations") say how people enter a job, not what they can do: neither is a unit.
 */
public final class ReferentialIndex {
    static final String CERTIFICATIONS = "Certifications et habilitations";
    static final String ACCESS_TEXT = "acces_metier";

    /** A ROME 4 fiche as the engine uses it. */
    public record Fiche(String code, String label, String parentV3, boolean executive, boolean regulated) {
    }

    /** A ROME 4 mobility link with its rank (1 = closest). */
    public record RankedLink(String target, int rank) {
    }

    /** A ROME 3 mobility link with its type, narrowed to appellations when the ROME 3 says so (else null). */
    public record TypedLink(String targetV3, MobilityType type, String sourceAppellation, String targetAppellation) {
    }

    /** A named skill, knowledge or certification item of a fiche. */
    public record Item(String ogr, String label, RomeItemKind kind) {
    }

    private final Map<String, Fiche> fiches = new TreeMap<>();
    private final Map<String, String> v3Labels = new HashMap<>();
    private final Map<String, List<String>> v4ByParent = new HashMap<>();
    private final Map<String, List<RankedLink>> ranked = new HashMap<>();
    private final Map<String, List<TypedLink>> typed = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, String> unitOf = new HashMap<>();
    private final Map<String, Set<String>> unitsByCode = new HashMap<>();
    private final Map<String, Set<String>> coreUnitsByCode = new HashMap<>();
    private final Map<String, Set<String>> certificationsByCode = new HashMap<>();
    private final Map<String, List<String>> accessTexts = new HashMap<>();
    private final Map<String, String> ficheOfAppellation = new HashMap<>();
    private final Map<String, String> appellationLabels = new HashMap<>();

    public ReferentialIndex(List<Occupation> occupations, List<MobilityLink> links, List<RomeItem> romeItems,
                            List<CoherenceItem> coherence, List<RomeText> texts, List<Appellation> appellations) {
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
                TypedLink typedLink = new TypedLink(link.targetCode().value(), link.mobilityType(), blankToNull(link.sourceAppellation()),
                        blankToNull(link.targetAppellation()));
                if (!list.contains(typedLink)) {
                    list.add(typedLink);
                }
            }
        }
        ranked.values().forEach(list -> list.sort(Comparator.comparingInt(RankedLink::rank).thenComparing(RankedLink::target)));
        typed.values().forEach(list -> list.sort(Comparator.comparing(TypedLink::type).thenComparing(TypedLink::targetV3)
                .thenComparing(t -> t.targetAppellation() == null ? "" : t.targetAppellation())));
        indexItems(romeItems, coherence);
        for (RomeText t : texts) {
            if (ACCESS_TEXT.equals(t.textType())) {
                accessTexts.computeIfAbsent(t.romeCode().value(), k -> new ArrayList<>()).add(t.text().replace("''", "'").strip());
            }
        }
        for (Appellation a : appellations) {
            if (a.referential() == Referential.V4) {
                ficheOfAppellation.put(a.ogr(), a.romeCode().value());
                appellationLabels.put(a.ogr(), a.label());
            }
        }
    }

    private void indexItems(List<RomeItem> romeItems, List<CoherenceItem> coherence) {
        Set<String> certifications = new java.util.HashSet<>();
        for (RomeItem item : romeItems) {
            if (item.referential() != Referential.V4) {
                continue;
            }
            items.putIfAbsent(item.ogr(), new Item(item.ogr(), item.label(), item.kind()));
            if (item.kind() == RomeItemKind.KNOWLEDGE && CERTIFICATIONS.equals(item.category())) {
                certifications.add(item.ogr());
            } else if (item.kind() == RomeItemKind.SKILL) {
                unitOf.put(item.ogr(), item.macroOgr() == null || item.macroOgr().isBlank() ? item.ogr() : item.macroOgr());
            } else if (item.kind() == RomeItemKind.KNOWLEDGE) {
                unitOf.put(item.ogr(), item.ogr());
            }
        }
        for (CoherenceItem c : coherence) {
            if (c.referential() != Referential.V4 || !items.containsKey(c.ogr())) {
                continue;
            }
            String code = c.romeCode().value();
            if (certifications.contains(c.ogr())) {
                certificationsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(c.ogr());
                continue;
            }
            String unit = unitOf.get(c.ogr());
            if (unit == null) {
                continue; // a work context
            }
            unitsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(unit);
            if ("Principale".equals(c.coreStatus())) {
                coreUnitsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(unit);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Optional<Fiche> fiche(String code) {
        return Optional.ofNullable(fiches.get(code));
    }

    public int size() {
        return fiches.size();
    }

    /** Every ROME 4 code, in order. */
    public Collection<String> codes() {
        return Collections.unmodifiableSet(fiches.keySet());
    }

    /** The label of a ROME 3 fiche, or null when ROME 3 is not in the cache. */
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

    /** The ROME 4 fiche that holds a job title (appellation OGR code), if the cache has it. */
    public Optional<String> ficheOfAppellation(String ogr) {
        return Optional.ofNullable(ficheOfAppellation.get(ogr));
    }

    /** The label of a ROME 4 job title, or null. */
    public String appellationLabel(String ogr) {
        return appellationLabels.get(ogr);
    }

    public List<RankedLink> rankedLinks(String v4) {
        return ranked.getOrDefault(v4, List.of());
    }

    public List<TypedLink> typedLinks(String v3) {
        return typed.getOrDefault(v3, List.of());
    }

    /** The skill units of a fiche (see the class comment). */
    public Set<String> units(String v4) {
        return unitsByCode.getOrDefault(v4, Set.of());
    }

    /** The units of the items ROME marks "coeur de métier". */
    public Set<String> coreUnits(String v4) {
        return coreUnitsByCode.getOrDefault(v4, Set.of());
    }

    /** The certifications (diplomas, titles, licences) listed on a fiche. */
    public Set<String> certifications(String v4) {
        return certificationsByCode.getOrDefault(v4, Set.of());
    }

    /** The ROME's text on access to the occupation, sentence by sentence (empty when the cache has none). */
    public List<String> accessText(String v4) {
        return accessTexts.getOrDefault(v4, List.of());
    }

    public Item item(String ogr) {
        return items.get(ogr);
    }
}
