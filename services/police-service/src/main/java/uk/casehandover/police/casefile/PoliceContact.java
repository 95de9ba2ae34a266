package uk.casehandover.police.casefile;

/** Where the ISVA or victim can reach the investigating team: a team, never a person's name. */
public record PoliceContact(String team, String telephone, String email) {
}
