package uk.casehandover.police.casefile;

import java.time.LocalDate;

/** An offence under investigation: its CJS code, a short description, and when it was committed if known. */
public record Offence(String cjsOffenceCode, String description, LocalDate committedFrom, LocalDate committedTo) {
}
