package uk.casehandover.isva.victimupdate;

import java.util.Objects;

/** Consent is given per case, per victim, per ISVA service: one victim may be supported by another service later. */
public record ConsentKey(String isvaServiceId, String urn, String victimId) {

    public ConsentKey {
        Objects.requireNonNull(isvaServiceId, "isvaServiceId");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(victimId, "victimId");
    }
}
