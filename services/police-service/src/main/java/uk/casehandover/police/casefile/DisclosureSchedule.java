package uk.casehandover.police.casefile;

/** A disclosure schedule of the MG6 series. */
public enum DisclosureSchedule {
    MG6, MG6A, MG6B, MG6C, MG6D, MG6E
}
