package fr.passerelle.ui.common;

/** Lets a view model move the window to another screen (the shell implements it). */
@FunctionalInterface
public interface Navigator {
    void show(Screen screen);
}
