package uk.casehandover.police.casefile;

/** The charging test the police ask for. */
public enum TestType {
    FULL_CODE_TEST, THRESHOLD_TEST
}
