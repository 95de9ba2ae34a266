package uk.casehandover.audit.log;

/** A request names an index or tree size the log does not have (yet): the parameter and the rule it broke. */
public class LogOutOfRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final boolean notFound;

    public LogOutOfRangeException(String parameter, String rule, boolean notFound) {
        super(parameter + " " + rule);
        this.parameter = parameter;
        this.notFound = notFound;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return getMessage().substring(parameter.length() + 1);
    }

    /** 404 (no such entry) rather than 400 (a parameter out of range). */
    public boolean notFound() {
        return notFound;
    }
}
