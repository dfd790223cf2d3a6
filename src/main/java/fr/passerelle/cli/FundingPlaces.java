package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.PathFunding;
import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.funding.Departements;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.importer.ImportException;
import fr.passerelle.store.PathDataStore;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code funding} reads from the cache, only when asked: the commune lookup (for a postal code or a name) and a
 * session by its id. Neither builds the path's indexes: one territory index, one pass over the sessions.
 */
final class FundingPlaces {
    private final Workstation workstation;
    private TerritoryIndex territory;

    FundingPlaces(Workstation workstation) throws OptionRefusal {
        this.workstation = workstation;
        try {
            workstation.seedIfEmpty(ProgressListener.NONE); // as path and jobs do: a fresh home has the sample data
        } catch (ImportException e) {
            throw new OptionRefusal("funding.samples.unreadable", e.getMessage());
        }
    }

    /**
     * The département of a commune given as INSEE code, postal code or name, looked up in the cache; a 5-digit code
     * unknown to the cache gives its first digits (the département of both an INSEE and a postal code, outside Corsica).
     */
    String departement(String option, String text) throws OptionRefusal {
        String t = text.strip();
        TerritoryIndex.Lookup lookup = territory().lookup(t);
        if (lookup.place().isPresent()) {
            return Departements.ofCommune(lookup.place().get().insee());
        }
        if (t.matches("\\d{5}") && !t.startsWith("20")) {
            return Departements.ofCommune(t);
        }
        List<String> suggestions = lookup.candidates().stream().map(p -> p.insee() + " " + p.name() + " (" + p.departement() + ")").toList();
        throw new OptionRefusal(suggestions.isEmpty() ? "funding.commune.unknown" : "funding.commune.ambiguous", suggestions,
                option, text);
    }

    /** A session of the cache by its full id ("dataset#numero", as in path --json) or its bare LHEO number. */
    FundingSession session(String id) throws OptionRefusal {
        String wanted = id.strip();
        List<TrainingOffer> found = new ArrayList<>();
        new PathDataStore(workstation.referenceDatabase()).trainings(o -> {
            if (o.sessionId().equals(wanted) || o.sessionId().endsWith("#" + wanted)) {
                found.add(o);
            }
        });
        if (found.isEmpty()) {
            throw new OptionRefusal("funding.training.unknown", id);
        }
        if (found.size() > 1) {
            throw new OptionRefusal("funding.training.several", found.stream().map(o -> o.sessionId() + " " + o.title()).toList(), id);
        }
        return PathFunding.sessionOf(found.get(0));
    }

    private TerritoryIndex territory() {
        if (territory == null) {
            PathDataStore store = new PathDataStore(workstation.referenceDatabase());
            territory = new TerritoryIndex(store.regions(), store.departements(), store.communes(), store.postalCodes(),
                    store.employmentAreas(), store.communeEmploymentAreas());
        }
        return territory;
    }
}
