package fr.passerelle.store.personal;

import fr.passerelle.store.StoreException;

/** Another window or command already has the personal data open: one Passerelle at a time writes it. */
public final class PersonalBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    PersonalBusyException() {
        super("les données personnelles sont déjà ouvertes par un autre Passerelle sur ce poste (une fenêtre ou une"
                + " commande profiles) : fermez-le, puis réessayez");
    }
}
