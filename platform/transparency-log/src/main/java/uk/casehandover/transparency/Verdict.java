package uk.casehandover.transparency;

/** The outcome of a check: valid, or the reason it failed, in words a person can act on. */
public record Verdict(boolean valid, String reason) {

    private static final Verdict VALID = new Verdict(true, "verified");

    public static Verdict ok() {
        return VALID;
    }

    public static Verdict failed(String reason) {
        return new Verdict(false, reason);
    }

    /** This verdict if it failed, otherwise the next one. */
    public Verdict and(java.util.function.Supplier<Verdict> next) {
        return valid ? next.get() : this;
    }
}
