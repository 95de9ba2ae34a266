package uk.casehandover.isva.victimupdate;

/** Where the ISVA or the victim can reach the investigating team: a team, not a person. */
public record PoliceContact(String team, String telephone, String email) {
}
