package fr.passerelle.engine.index.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeText;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The path index's layout fingerprint follows what is written: the index files written before the BMO hiring projects
 * joined the labour-market sections have another fingerprint, so they are refused and rebuilt instead of misread.
 */
class PathLayoutTest {
    private static final List<Class<? extends Record>> BEFORE_BMO_PROJECTS = List.of(DatasetInfo.class, Occupation.class,
            MobilityLink.class, RomeItem.class, CoherenceItem.class, RomeText.class, Appellation.class, Region.class,
            Departement.class, Commune.class, CommunePostalCode.class, EmploymentArea.class, CommuneEmploymentArea.class,
            TensionIndicator.class, OfferCount.class, BmoDifficulty.class, RomeConnexe.class);

    /** The fingerprint as {@code PathIndexFile} computes it, for a given list of record sections. */
    private static long fingerprint(List<Class<? extends Record>> sections) {
        StringBuilder shape = new StringBuilder("path/").append(PathIndexFile.VERSION);
        for (Class<? extends Record> type : sections) {
            shape.append(codec(type).shape());
        }
        shape.append(LazyOffers.shape()).append(TrainingBuckets.SHAPE).append(CoverageCounts.SHAPE).append(CompanyColumns.SHAPE);
        return Fingerprint.of(shape.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RecordCodec<?> codec(Class<? extends Record> type) {
        return RecordCodec.of((Class) type);
    }

    @Test
    void theBmoProjectsAndTheCrosswalkChangeTheFingerprint() {
        List<Class<? extends Record>> now = new java.util.ArrayList<>(BEFORE_BMO_PROJECTS);
        now.add(BmoProject.class);
        now.add(RomeFap.class);

        assertEquals(fingerprint(now), PathIndexFile.LAYOUT.fingerprint(), "the sections written now");
        assertNotEquals(fingerprint(BEFORE_BMO_PROJECTS), PathIndexFile.LAYOUT.fingerprint(), "older files are refused");
    }
}
