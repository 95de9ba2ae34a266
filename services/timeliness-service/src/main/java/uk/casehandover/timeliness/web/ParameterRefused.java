package uk.casehandover.timeliness.web;

/**
 * A well-formed parameter the asker has no right to use (another force's or CPS Area's cases): 403 naming the
 * parameter and its rule, never its value.
 */
class ParameterRefused extends RuntimeException {

    private final String parameter;
    private final String rule;

    ParameterRefused(String parameter, String rule) {
        super(parameter + " " + rule);
        this.parameter = parameter;
        this.rule = rule;
    }

    String parameter() {
        return parameter;
    }

    String rule() {
        return rule;
    }
}
