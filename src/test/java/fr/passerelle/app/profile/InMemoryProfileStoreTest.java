package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory profile store: the port's operations, and nothing claimed beyond memory. */
class InMemoryProfileStoreTest {
    private static final PathRequest LILLE = new PathRequest("hôtesse de caisse", null, "Lille", 30, "aucun", null, null, null, false, "Juliette");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
    private final ProfileStore store = new InMemoryProfileStore(clock);

    @Test
    void createdProfileIsFoundByItsIdWithItsRequest() {
        StoredProfile juliette = store.create(" Juliette ", LILLE);

        assertEquals("Juliette", store.find(juliette.id()).orElseThrow().name());
        assertEquals(LILLE, store.find(juliette.id()).orElseThrow().request());
        assertEquals(clock.instant(), juliette.created());
    }

    @Test
    void updateReplacesNameAndRequestButKeepsTheNotes() throws Exception {
        StoredProfile juliette = store.create("Juliette", LILLE);
        store.addNote(juliette.id(), "Veut travailler le matin");
        PathRequest wider = LILLE.overriddenBy(new PathRequest(null, null, null, 50, null, null, null, null, null, null));

        StoredProfile updated = store.update(juliette.id(), "Juliette D.", wider);

        assertEquals("Juliette D.", updated.name());
        assertEquals(50, updated.request().radiusKm());
        assertEquals(List.of("Veut travailler le matin"), updated.notes().stream().map(ProfileNote::text).toList());
    }

    @Test
    void listIsSortedByNameWhateverTheCase() {
        store.create("thomas", LILLE);
        store.create("Karim", LILLE);
        store.create("Juliette", LILLE);

        assertEquals(List.of("Juliette", "Karim", "thomas"), store.list().stream().map(StoredProfile::name).toList());
    }

    @Test
    void deleteRemovesTheProfileAndSaysWhetherThereWasOne() {
        StoredProfile juliette = store.create("Juliette", LILLE);

        assertTrue(store.delete(juliette.id()));
        assertFalse(store.delete(juliette.id()));
        assertTrue(store.find(juliette.id()).isEmpty());
    }

    @Test
    void notesAreAddedAndDeletedOneByOne() throws Exception {
        StoredProfile juliette = store.create("Juliette", LILLE);
        ProfileNote first = store.addNote(juliette.id(), "  Premier entretien  ");
        store.addNote(juliette.id(), "Rappeler jeudi");

        assertEquals("Premier entretien", first.text());
        assertTrue(store.deleteNote(juliette.id(), first.id()));
        assertFalse(store.deleteNote(juliette.id(), first.id()));
        assertEquals(List.of("Rappeler jeudi"), store.find(juliette.id()).orElseThrow().notes().stream().map(ProfileNote::text).toList());
    }

    @Test
    void anUnknownProfileIsRefusedWithAFrenchMessage() {
        ProfileNotFoundException e = assertThrows(ProfileNotFoundException.class, () -> store.addNote("inconnu", "x"));
        assertEquals("aucun profil « inconnu » dans ce poste de travail", e.getMessage());
        assertThrows(ProfileNotFoundException.class, () -> store.update("inconnu", "x", LILLE));
    }

    @Test
    void saysItKeepsNothingBeyondTheSession() {
        assertFalse(store.persistent());
    }
}
