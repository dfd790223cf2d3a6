package fr.passerelle.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Starting the window without a display says so in French and what to do; other failures pass as they are. */
class NoDisplayTest {

    @Test
    void noDisplayIsSaidInFrenchWithWhatToDo() {
        UnsupportedOperationException javafx = new UnsupportedOperationException("Unable to open DISPLAY");
        RuntimeException said = WorkstationWindow.said(javafx);
        assertEquals("pas d'écran pour ouvrir la fenêtre (Unable to open DISPLAY) : ouvrez Passerelle dans une session"
                + " graphique, ou donnez une commande (passerelle --help)", said.getMessage());
        assertSame(javafx, said.getCause());
    }

    @Test
    void anyOtherFailurePassesAsItIs() {
        IllegalStateException other = new IllegalStateException("Toolkit already initialized");
        assertSame(other, WorkstationWindow.said(other));
        UnsupportedOperationException unrelated = new UnsupportedOperationException("something else");
        assertSame(unrelated, WorkstationWindow.said(unrelated));
    }
}
