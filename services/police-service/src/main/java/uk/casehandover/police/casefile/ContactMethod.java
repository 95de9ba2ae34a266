package uk.casehandover.police.casefile;

/** How a victim was told. */
public enum ContactMethod {
    IN_PERSON, TELEPHONE, VIDEO_CALL, LETTER, EMAIL, THROUGH_ISVA, OTHER
}
