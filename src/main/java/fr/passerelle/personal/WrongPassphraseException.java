package fr.passerelle.personal;

/** The passphrase does not open the key file: nothing was changed. The message is for the counsellor, in French. */
public final class WrongPassphraseException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException() {
        super("phrase secrète incorrecte : les données personnelles restent verrouillées, rien n'a été modifié");
    }
}
