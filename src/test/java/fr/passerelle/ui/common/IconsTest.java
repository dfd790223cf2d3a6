package fr.passerelle.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Every icon literal of the window exists in the Material Design pack (a wrong one fails only when drawn). */
class IconsTest {
    @Test
    void everyIconLiteralIsInThePack() throws Exception {
        int checked = 0;
        var handlers = java.util.ServiceLoader.load(org.kordamp.ikonli.IkonHandler.class).stream().map(java.util.ServiceLoader.Provider::get).toList();
        for (Field f : Icons.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String literal = (String) f.get(null);
                var handler = handlers.stream().filter(h -> h.supports(literal)).findFirst();
                assertTrue(handler.isPresent(), literal);
                assertDoesNotThrow(() -> handler.get().resolve(literal), literal);
                checked++;
            }
        }
        assertTrue(checked >= 15, "icons checked: " + checked);
        assertTrue(MaterialDesignA.values().length > 0);
    }
}
