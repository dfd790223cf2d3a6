package fr.passerelle.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job seeker screen without a toolkit: autocompletes, personas, resolution, errors under their field. */
class ProfileViewModelTest {
    private final InterviewState state = new InterviewState();
    private final List<Screen> shown = new ArrayList<>();
    private final InMemoryProfileStore store = new InMemoryProfileStore(UiFixtures.CLOCK);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ProfileViewModel model = new ProfileViewModel(UiFixtures.paths(), store, state, TaskRunner.synchronous(),
            dialogs, shown::add, Messages.french(), UiFixtures.personas());

    @Test
    void jobSuggestionsShowTheRomeCode() {
        List<JobSuggestion> found = model.suggestJobs("hotesse de caise");

        assertEquals("D1505", found.get(0).rome());
        assertTrue(found.get(0).toString().contains("— D1505"), found.get(0).toString());
    }

    @Test
    void communeSuggestionsComeByNamePostcodeAndInseeCode() {
        assertEquals("59350", model.suggestCommunes("Lille").get(0).insee());
        assertTrue(model.suggestCommunes("59000").stream().anyMatch(c -> c.insee().equals("59350")));
        assertEquals("Lille (59)", model.suggestCommunes("59350").get(0).label());
    }

    @Test
    void julietteOpensOnHerPathAndIsKeptForTheSession() {
        model.openPersona(model.personas().stream().filter(p -> p.name().equals("Juliette")).findFirst().orElseThrow());

        model.showPath();

        assertEquals(List.of(Screen.PATH), shown);
        assertEquals("D1505", state.profileProperty().get().rome().value());
        assertEquals("59350", state.profileProperty().get().commune().value());
        assertEquals("Juliette", state.personNameProperty().get());
        assertEquals(1, store.list().size());
        assertEquals(store.list().get(0), state.personProperty().get());
    }

    @Test
    void herSituationFromThePersonaReachesTheProfileTheFundingRulesRead() {
        model.openPersona(model.personas().stream().filter(p -> p.name().equals("Juliette")).findFirst().orElseThrow());
        assertEquals(PersonStatus.DE, model.form().situation().statusProperty().get());
        assertEquals("20", model.form().situation().ageProperty().get());

        model.showPath();

        assertEquals(PersonStatus.DE, state.profileProperty().get().status());
        assertEquals(20, state.profileProperty().get().age());
        assertEquals(Allocation.AUCUNE, state.profileProperty().get().allocation());
        assertEquals("de", store.list().get(0).request().status(), "kept with the profile as typed");
    }

    @Test
    void theChoiceListsOfferNotGivenFirst() {
        assertEquals("Non renseigné", model.statuses().get(0).label());
        assertNull(model.statuses().get(0).value());
        assertEquals(List.of(PersonStatus.DE, PersonStatus.NON_INSCRIT, PersonStatus.SALARIE),
                model.statuses().stream().skip(1).map(Choice::value).toList());
        assertNull(model.allocations().get(0).value());
        assertEquals(5, model.allocations().size());
    }

    @Test
    void showingThePathTwiceUpdatesThePersonInsteadOfDuplicatingHer() {
        model.openRequest(UiFixtures.juliette());
        model.showPath();
        model.form().radiusProperty().set("40");

        model.showPath();

        assertEquals(1, store.list().size());
        assertEquals(40, store.list().get(0).request().radiusKm());
    }

    @Test
    void inTheEnglishWindowTheResolversRefusalIsSaidInEnglishUnderItsField() {
        ProfileViewModel english = new ProfileViewModel(UiFixtures.paths(), store, state, TaskRunner.synchronous(),
                dialogs, shown::add, new Messages(java.util.Locale.ENGLISH), UiFixtures.personas());
        english.openRequest(UiFixtures.juliette());
        english.form().communeProperty().set("Lile");

        english.showPath();

        assertTrue(english.form().error(ProfileField.COMMUNE).get().startsWith("Commune: \"Lile\" is ambiguous or unknown"),
                english.form().error(ProfileField.COMMUNE).get());
        assertTrue(english.suggestions().stream().anyMatch(s -> s.startsWith("59350 Lille")), english.suggestions().toString());
        assertTrue(shown.isEmpty());
    }

    @Test
    void anUnknownCommuneLandsUnderTheCommuneWithSuggestionsAndNothingIsLost() {
        model.openRequest(UiFixtures.juliette());
        model.form().communeProperty().set("Lile");

        model.showPath();

        assertTrue(model.form().error(ProfileField.COMMUNE).get().startsWith("Commune : « Lile »"), model.form().error(ProfileField.COMMUNE).get());
        assertEquals("", model.form().error(ProfileField.JOB).get());
        assertTrue(model.suggestions().stream().anyMatch(s -> s.startsWith("59350 Lille")), model.suggestions().toString());
        assertEquals("hôtesse de caisse", model.form().jobProperty().get());
        assertTrue(shown.isEmpty());
        assertNull(state.profileProperty().get());
    }

    @Test
    void aLocallyRefusedFieldIsNotSentToTheResolver() {
        model.openRequest(UiFixtures.juliette());
        model.form().cpfProperty().set("beaucoup");

        model.showPath();

        assertFalse(model.form().error(ProfileField.CPF).get().isEmpty());
        assertEquals("Certains champs sont à corriger (voir sous chaque champ) ; le reste est conservé.", model.messageProperty().get());
        assertTrue(shown.isEmpty());
    }

    @Test
    void aNoteIsKeptWithThePerson() {
        model.openRequest(UiFixtures.juliette());
        model.newNoteProperty().set("Disponible le matin");

        model.addNote();

        assertEquals(List.of("Disponible le matin"), model.notes().stream().map(n -> n.text()).toList());
        assertEquals(1, store.list().get(0).notes().size());
        assertEquals("", model.newNoteProperty().get());
    }

    @Test
    void aBrokenPersonaFileIsReportedAndTheFormKept(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        model.openRequest(UiFixtures.juliette());
        Path broken = java.nio.file.Files.writeString(dir.resolve("x.json"), "{\"nom\": \"Juliette\"}");

        model.openFile(broken);

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("champ inconnu « nom »"), dialogs.errors.get(0));
        assertEquals("hôtesse de caisse", model.form().jobProperty().get());
    }

    @Test
    void storageIsSaidToBeInMemoryOnly() {
        assertTrue(model.storageNotice().contains("rien n'est écrit sur le disque"), model.storageNotice());
    }

    @Test
    void theFourPersonasAreOffered() {
        assertEquals(List.of("Juliette", "Karim", "Nadia", "Thomas"), model.personas().stream().map(p -> p.name()).toList());
    }
}
