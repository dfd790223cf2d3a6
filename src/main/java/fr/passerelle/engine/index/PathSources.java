package fr.passerelle.engine.index;

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
import fr.passerelle.engine.data.TrainingOffer;
import java.util.List;

/**
 * Everything a path index is built from, as read from the cache once (the companies, a million rows, go straight
 * into their columns instead). A persisted index stores exactly this and the company columns, and builds the same
 * {@link PathIndex} from them with the same code: a loaded index cannot answer differently from a fresh one.
 */
public record PathSources(List<DatasetInfo> datasets, List<Occupation> occupations, List<MobilityLink> mobilityLinks,
                          List<RomeItem> items, List<CoherenceItem> coherenceItems, List<RomeText> accessTexts,
                          List<Appellation> appellations, List<Region> regions, List<Departement> departements,
                          List<Commune> communes, List<CommunePostalCode> postalCodes,
                          List<EmploymentArea> employmentAreas, List<CommuneEmploymentArea> communeEmploymentAreas,
                          List<TensionIndicator> tension, List<OfferCount> offers, List<BmoDifficulty> bmoDifficulty,
                          List<RomeConnexe> connexe, List<TrainingOffer> trainings, List<BmoProject> bmoProjects,
                          List<RomeFap> romeFap) {
}
