package fr.passerelle.ui.market;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.ui.common.Messages;
import java.util.List;
import java.util.Map;

/** The words around the BMO hiring projects of the market screen: the sources line and each occupation's detail. */
final class ProjectsTexts {
    private final Messages messages;

    ProjectsTexts(Messages messages) {
        this.messages = messages;
    }

    /**
     * Where the BMO projects come from and what they leave out: the FAP-2009 métiers reach ROME codes through the
     * DARES table (the métier's figure, shared by its ROME codes), the rows without a crosswalk are not shown.
     */
    String sources(List<DatasetInfo> datasets, MarketQuery.Projects projects) {
        StringBuilder text = new StringBuilder();
        if (projects.year() == 0) {
            text.append(messages.get("market.sources.projects.none"));
        } else {
            String year = String.valueOf(projects.year());
            text.append(messages.get("market.sources.projects", MarketViewModel.source(datasets, "market.bmo_projects", year), year));
            if (projects.notMapped().rows() > 0) {
                text.append(' ').append(messages.get("market.sources.projects.notMapped",
                        messages.number(projects.notMapped().rows()), messages.number(projects.notMapped().knownProjects())));
            }
        }
        if (!projects.newerUnmappedYears().isEmpty()) {
            text.append(' ').append(messages.get("market.sources.projects.newer",
                    String.join(", ", projects.newerUnmappedYears().stream().map(String::valueOf).toList())));
        }
        return text.toString();
    }

    /**
     * The detail of an occupation's BMO projects, for the table's tooltip: the survey year, the métiers (FAP) they
     * are counted for, the other ROME codes that share the same figure, the areas summed, the masked cells.
     */
    String detail(MarketRow row, String projectsYear, Map<String, String> areaLabels) {
        BmoIndex.Figures f = row.row().projects();
        if (f == null) {
            return messages.get("market.projects.none", projectsYear);
        }
        String faps = String.join(", ", f.faps().stream().map(p -> p.code() + (p.label() == null ? "" : " " + p.label())).toList());
        String areas = String.join(", ", f.areas().stream().map(a -> areaLabels.getOrDefault(a, a)).toList());
        StringBuilder text = new StringBuilder(messages.get("market.projects.detail", String.valueOf(f.year()), faps, areas));
        if (!f.sharedWith().isEmpty()) {
            text.append(' ').append(messages.get("market.projects.shared", String.join(", ", f.sharedWith())));
        }
        int masked = f.projects().masked() + f.difficult().masked() + f.seasonal().masked();
        if (masked > 0) {
            text.append(' ').append(messages.get("market.projects.masked", messages.number(masked)));
        }
        return text.toString();
    }
}
