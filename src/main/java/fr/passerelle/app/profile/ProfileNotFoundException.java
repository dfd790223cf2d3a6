package fr.passerelle.app.profile;

/** No profile with this id in the store (deleted meanwhile, or never stored). */
public final class ProfileNotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProfileNotFoundException(String id) {
        super("aucun profil « " + id + " » dans ce poste de travail");
    }
}
