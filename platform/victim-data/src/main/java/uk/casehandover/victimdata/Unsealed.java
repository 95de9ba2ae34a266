package uk.casehandover.victimdata;

import java.time.Instant;

/** What opening a victim's sealed data gives: the data, or the fact that it was erased (when and why). */
public sealed interface Unsealed {

    record Readable(VictimPersonalData data) implements Unsealed {
    }

    record Erased(Instant erasedAt, ErasureReason reason) implements Unsealed {
    }
}
