package fr.passerelle.engine.index.persist;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.index.Coverage;
import fr.passerelle.engine.index.TerritoryIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a path index file straight from its source, without building the {@code PathIndex} first: the small sources
 * are written as soon as they are read, each session is encoded as it is read, the companies go into the file's own
 * columns ({@link StreamedSessions}, {@link StreamedCompanies}). A national build then holds a few hundred megabytes
 * instead of 300,000 session records and a million company objects (indexes.md, "Building"). The bytes are those
 * {@link PathIndexFile#write} writes for the same data (the same sections in the same order, the shared strings
 * numbered in the same order): a file does not depend on how it was built, and the tests compare both.
 */
final class PathIndexBuild {
    private static final int PARTS = 5;

    private PathIndexBuild() {
    }

    /** The payload of the path index of {@code source}; {@code chunk}: block size of the held sections, in bytes. */
    static void write(DataOutputStream out, PathDataSource source, ProgressListener progress, int chunk) throws IOException {
        StringPool pool = new StringPool();
        progress.progress("référentiel ROME", 0, PARTS);
        PathIndexFile.DATASETS.write(source.datasets(), out, pool);
        PathIndexFile.group(out, g -> {
            PathIndexFile.OCCUPATIONS.write(source.occupations(), g, pool);
            PathIndexFile.LINKS.write(source.mobilityLinks(), g, pool);
            PathIndexFile.ITEMS.write(source.items(), g, pool);
            PathIndexFile.COHERENCE.write(source.coherenceItems(), g, pool);
            PathIndexFile.TEXTS.write(source.accessTexts(), g, pool);
            PathIndexFile.APPELLATIONS.write(source.appellations(), g, pool);
        });
        progress.checkCancelled();
        progress.progress("communes", 1, PARTS);
        // The places are kept (a few tens of thousands of records) to count the coverage by département.
        TerritoryIndex[] territory = new TerritoryIndex[1];
        PathIndexFile.group(out, g -> {
            var regions = source.regions();
            var departements = source.departements();
            var communes = source.communes();
            var postalCodes = source.postalCodes();
            var areas = source.employmentAreas();
            var areaLinks = source.communeEmploymentAreas();
            PathIndexFile.REGIONS.write(regions, g, pool);
            PathIndexFile.DEPARTEMENTS.write(departements, g, pool);
            PathIndexFile.COMMUNES.write(communes, g, pool);
            PathIndexFile.POSTAL.write(postalCodes, g, pool);
            PathIndexFile.AREAS.write(areas, g, pool);
            PathIndexFile.AREA_LINKS.write(areaLinks, g, pool);
            territory[0] = new TerritoryIndex(regions, departements, communes, postalCodes, areas, areaLinks);
        });
        progress.checkCancelled();
        progress.progress("marché du travail", 2, PARTS);
        PathIndexFile.group(out, g -> {
            PathIndexFile.TENSION.write(source.tension(), g, pool);
            PathIndexFile.OFFERS.write(source.offers(), g, pool);
            PathIndexFile.BMO.write(source.bmoDifficulty(), g, pool);
            PathIndexFile.CONNEXE.write(source.connexe(), g, pool);
            PathIndexFile.BMO_PROJECTS.write(source.bmoProjects(), g, pool);
            PathIndexFile.ROME_FAP.write(source.romeFap(), g, pool);
        });
        progress.checkCancelled();
        progress.progress("formations", 3, PARTS);
        StreamedSessions sessions = new StreamedSessions(pool, chunk);
        Map<String, Integer> trainingCounts = new HashMap<>();
        source.trainings(offer -> {
            try {
                sessions.add(offer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (offer.hasPlace()) {
                count(trainingCounts, offer.communeInsee(), 1, territory[0]);
            }
            tick(progress, "formations", 3, sessions.size());
        });
        progress.checkCancelled();
        progress.progress("entreprises", 4, PARTS);
        StreamedCompanies companies = new StreamedCompanies(chunk);
        int[] rows = {0};
        source.companies(row -> {
            companies.add(row);
            tick(progress, "entreprises", 4, ++rows[0]);
        });
        progress.checkCancelled();
        progress.progress("enregistrement de l'index", PARTS, PARTS);
        Map<String, Integer> companyCounts = new HashMap<>();
        companies.countByCommune((commune, n) -> count(companyCounts, commune, n, territory[0]));
        sessions.write(out);
        CoverageCounts.write(Coverage.of(trainingCounts, companyCounts), out, pool);
        companies.write(out, pool);
        out.flush();
        long tableAt = out.size();
        pool.writeTo(out);
        out.writeLong(tableAt);
        out.flush();
    }

    private static void count(Map<String, Integer> counts, String communeInsee, int n, TerritoryIndex territory) {
        if (communeInsee != null) {
            counts.merge(Coverage.departementOf(communeInsee, territory), n, Integer::sum);
        }
    }

    /** Every 50,000 rows of a long part: says how far it got and stops if asked to (as a build in memory does). */
    private static void tick(ProgressListener progress, String part, int step, int rows) {
        if (rows % 50_000 == 0) {
            progress.progress(part + " : " + String.format(Locale.FRANCE, "%,d", rows).replace('\u202F', ' ')
                    .replace('\u00A0', ' ') + " lignes lues", step, PARTS);
            progress.checkCancelled();
        }
    }
}
