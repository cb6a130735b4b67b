package io.github.disclosureauditor.ingest;

/** Input the user controls cannot be read as a disclosure; carries a stable machine code. */
public class InputException extends Exception {
    private final String code;

    public InputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
