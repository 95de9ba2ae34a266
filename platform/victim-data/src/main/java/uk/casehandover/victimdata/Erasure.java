package uk.casehandover.victimdata;

import java.time.Instant;

/** A victim's key was destroyed: when and why. {@code firstTime} is false when it had already been erased. */
public record Erasure(String victimId, Instant erasedAt, ErasureReason reason, boolean firstTime) {
}
