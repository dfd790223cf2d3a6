package fr.passerelle.sync;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.market.JobOffer;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.importer.ImportSink;
import fr.passerelle.importer.KeySet;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the key figures of one file while its own importer reads it (the records it would store), without a
 * database: what is measured is exactly what the import would write. Records of other types are only counted.
 */
final class FigureSink implements ImportSink {
    private final Map<String, Double> offersByArea = new HashMap<>();
    private final Set<String> sirets = new HashSet<>();
    private final Set<String> siretsWithPlace = new HashSet<>();
    private final List<Long> prices = new ArrayList<>();
    private final Set<String> occupationCodes = new TreeSet<>();
    private long tensionRows;
    private long actions;
    private long actionsWithPlace;
    private long offers;

    @Override
    public void openDataset(DatasetInfo provisional) {
    }

    @Override
    public void add(Object record) {
        if (record instanceof TensionIndicator t) {
            tensionRows++;
            offersByArea.merge(t.areaCode(), t.offers() == null ? 0.0 : t.offers(), Double::sum);
        } else if (record instanceof Establishment e) {
            sirets.add(e.siret().value());
            if (e.latitude() != null && e.longitude() != null) {
                siretsWithPlace.add(e.siret().value());
            }
        } else if (record instanceof TrainingAction a) {
            actions++;
            if (a.latitude() != null && a.longitude() != null || a.communeInsee() != null) {
                actionsWithPlace++;
            }
            if (a.totalPriceCents() != null) {
                prices.add(a.totalPriceCents().cents());
            }
        } else if (record instanceof Occupation o) {
            occupationCodes.add(o.code().value());
        } else if (record instanceof JobOffer) {
            offers++;
        }
    }

    @Override
    public void closeDataset(DatasetInfo complete) {
    }

    /** Every reference is taken as known: the figures are about this file, its references are the import's check. */
    @Override
    public Set<String> keys(KeySet set) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return true;
            }

            @Override
            public Iterator<String> iterator() {
                return Collections.emptyIterator();
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }

    KeyFigures figures() {
        Map<String, Double> values = new HashMap<>();
        if (tensionRows > 0) {
            values.put(KeyFigures.AREAS, (double) offersByArea.size());
            values.put(KeyFigures.OFFERS_PER_AREA, offersByArea.values().stream().mapToDouble(Double::doubleValue).sum()
                    / offersByArea.size());
        }
        if (!sirets.isEmpty()) {
            values.put(KeyFigures.SIRETS, (double) sirets.size());
            values.put(KeyFigures.SIRETS_PLACED, 100.0 * siretsWithPlace.size() / sirets.size());
        }
        if (actions > 0) {
            values.put(KeyFigures.ACTIONS, (double) actions);
            values.put(KeyFigures.ACTIONS_PLACED, 100.0 * actionsWithPlace / actions);
        }
        if (!prices.isEmpty()) {
            Collections.sort(prices);
            values.put(KeyFigures.PRICE_MEDIAN, prices.get(prices.size() / 2) / 100.0);
        }
        if (!occupationCodes.isEmpty()) {
            values.put(KeyFigures.OCCUPATIONS, (double) occupationCodes.size());
        }
        if (offers > 0) {
            values.put(KeyFigures.OFFERS, (double) offers);
        }
        return new KeyFigures(values, occupationCodes, Map.copyOf(offersByArea));
    }
}
