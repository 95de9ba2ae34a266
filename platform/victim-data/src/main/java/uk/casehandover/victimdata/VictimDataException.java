package uk.casehandover.victimdata;

/**
 * The victim data could not be encrypted or decrypted: the key store or the key-encryption key is unavailable or
 * wrong, or a ciphertext does not belong to the victim and field it was presented for. The message says which of
 * these, never a key, a ciphertext or personal data.
 */
public class VictimDataException extends RuntimeException {

    public VictimDataException(String message) {
        super(message);
    }

    public VictimDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
