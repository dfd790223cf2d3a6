package fr.passerelle.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.search.JobMatch;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job-title search without a toolkit; a result is taken into the profile. */
class SearchViewModelTest {
    private final List<JobMatch> used = new ArrayList<>();
    private final SearchViewModel model = new SearchViewModel(UiFixtures.paths(), TaskRunner.synchronous(), Messages.french(), used::add);

    @Test
    void typingFindsTheOccupationDespiteATypo() {
        model.queryProperty().set("hotesse de caise");

        assertEquals("D1505", model.results().get(0).title().romeCode().value());
        assertEquals(model.results().size() + " intitulés trouvés", model.messageProperty().get());
    }

    @Test
    void anUnknownTitleSaysNothingMatches() {
        model.queryProperty().set("astronaute");

        assertTrue(model.results().isEmpty());
        assertEquals("Aucun métier ne correspond à « astronaute ».", model.messageProperty().get());
    }

    @Test
    void aResultIsTakenIntoTheProfile() {
        model.queryProperty().set("cariste");

        model.use(model.results().get(0));

        assertEquals(List.of(model.results().get(0)), used);
    }
}
