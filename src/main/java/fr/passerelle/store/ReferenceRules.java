package fr.passerelle.store;

import java.util.List;

/**
 * References between datasets that the cache keeps true after every import: the files of one ROME 4 export name
 * each other's codes. Checked over the whole new state (not only inside the run), so that replacing the code file
 * with one that lacks a code still used by the appellations kept from an earlier import is refused, with the codes.
 * Sources of other vintages are deliberately not tied (src/site/markdown/importers.md, "Kept as published").
 *
 * @param childTable  the table holding the reference (upper case)
 * @param childColumn its referencing column
 * @param childFilter SQL condition on the child rows concerned ("" for all)
 * @param parentTable the referenced table
 * @param parentColumn the referenced column
 * @param parentFilter SQL condition on the parent rows ("" for all)
 * @param what        the referenced thing, in French, plural ("codes ROME")
 */
record ReferenceRules(String childTable, String childColumn, String childFilter, String parentTable, String parentColumn,
                      String parentFilter, String what) {

    private static final String V4 = "REFERENTIAL = 'v4'";
    private static final String CODES = "codes ROME";

    static List<ReferenceRules> all() {
        return List.of(
                new ReferenceRules("ROME_TREE", "ROME_CODE", "", "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_TREE", "GRAND_DOMAIN_CODE", "", "ROME_GRAND_DOMAIN", "CODE", "", "grands domaines"),
                new ReferenceRules("ROME_TREE", "PROFESSIONAL_DOMAIN_CODE", "", "ROME_PROFESSIONAL_DOMAIN", "CODE", "",
                        "domaines professionnels"),
                new ReferenceRules("ROME_APPELLATION", "ROME_CODE", V4, "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_MOBILITY", "SOURCE_CODE", V4, "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_MOBILITY", "TARGET_CODE", V4, "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_COHERENCE_ITEM", "ROME_CODE", V4, "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_COHERENCE_ITEM", "OGR", V4, "ROME_ITEM", "OGR", V4,
                        "items (compétences, savoirs, contextes)"),
                new ReferenceRules("ROME_BLOCK_LINK", "ROME_CODE", "", "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_TEXT", "ROME_CODE", "", "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_RIASEC", "ROME_CODE", "", "ROME_OCCUPATION", "CODE", V4, CODES),
                new ReferenceRules("ROME_NAF_SECTOR_LINK", "ROME_CODE", "", "ROME_OCCUPATION", "CODE", V4, CODES));
    }

    /** The key of {@link #what} in the bundles ({@code cache.what.*}), to say it in the reader's language. */
    String whatKey() {
        return switch (what) {
            case CODES -> "rome";
            case "grands domaines" -> "grandDomains";
            case "domaines professionnels" -> "professionalDomains";
            default -> "items";
        };
    }

    /** The referenced values missing from the parent table (at most {@code limit}, sorted). */
    String danglingQuery(int limit) {
        String childWhere = childFilter.isEmpty() ? "" : " AND c." + childFilter;
        String parentWhere = parentFilter.isEmpty() ? "" : " AND p." + parentFilter;
        return "SELECT c." + childColumn + ", COUNT(*) FROM " + childTable + " c WHERE NOT EXISTS (SELECT 1 FROM "
                + parentTable + " p WHERE p." + parentColumn + " = c." + childColumn + parentWhere + ")" + childWhere
                + " GROUP BY c." + childColumn + " ORDER BY c." + childColumn + " LIMIT " + limit;
    }

    /** The datasets whose rows hold dangling references (to name them). */
    String childDatasetsQuery() {
        String childWhere = childFilter.isEmpty() ? "" : " AND c." + childFilter;
        String parentWhere = parentFilter.isEmpty() ? "" : " AND p." + parentFilter;
        return "SELECT DISTINCT c.DATASET_ID FROM " + childTable + " c WHERE NOT EXISTS (SELECT 1 FROM " + parentTable
                + " p WHERE p." + parentColumn + " = c." + childColumn + parentWhere + ")" + childWhere;
    }
}
