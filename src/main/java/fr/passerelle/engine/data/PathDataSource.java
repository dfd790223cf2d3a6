package fr.passerelle.engine.data;

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
import java.util.function.Consumer;

/**
 * Port: everything the path engine reads, in bulk, to build its in-memory indexes once per data version. The store
 * implements it; tests give a hand-made one. The two large collections are streamed.
 */
public interface PathDataSource {

    List<DatasetInfo> datasets();

    List<Occupation> occupations();

    List<MobilityLink> mobilityLinks();

    List<RomeItem> items();

    List<CoherenceItem> coherenceItems();

    /**
     * The ROME 4 texts on access to each occupation ({@code acces_metier}), in reading order. A cache without the
     * ROME texts gives none, and the path then says nothing of how one enters the occupation beyond our own table.
     */
    default List<RomeText> accessTexts() {
        return List.of();
    }

    /** The ROME 4 job titles, used to follow a ROME 3 link narrowed to one title to the fiche that holds it. */
    default List<Appellation> appellations() {
        return List.of();
    }

    List<Region> regions();

    List<Departement> departements();

    List<Commune> communes();

    List<CommunePostalCode> postalCodes();

    List<EmploymentArea> employmentAreas();

    List<CommuneEmploymentArea> communeEmploymentAreas();

    List<TensionIndicator> tension();

    List<OfferCount> offers();

    List<BmoDifficulty> bmoDifficulty();

    List<RomeConnexe> connexe();

    /** BMO survey rows (hiring projects per métier × employment area), every survey year imported. */
    default List<BmoProject> bmoProjects() {
        return List.of();
    }

    /** The DARES crosswalk ROME 3 → FAP-2009, through which BMO métiers reach ROME codes. */
    default List<RomeFap> romeFap() {
        return List.of();
    }

    void trainings(Consumer<TrainingOffer> sink);

    /** Company × ROME rows, the rows of one company one after the other (the index remembers only the last SIRET). */
    void companies(Consumer<HiringCompany> sink);
}
