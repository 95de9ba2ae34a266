package uk.casehandover.platform.serde;

import java.util.List;

/** The registry's verdict on a candidate schema, with its reasons when incompatible (verbose mode). */
public record CompatibilityResult(boolean isCompatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
