package uk.casehandover.police.casefile.web;

import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.police.casefile.application.CaseQueries;
import uk.casehandover.police.casefile.application.VictimDetails;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyRole;
import uk.casehandover.victimdata.ErasureReason;

/**
 * Erasure of a victim's personal data (retention expired, or a lawful request): a police supervisor destroys the
 * victim's data key, which makes every copy of the details unreadable (police and CPS databases, Kafka, the audit log)
 * while the records themselves, and the audit log's proofs, stay. Only for a victim of the supervisor's own force's
 * cases: any other victim id answers 404 like an unknown one. Idempotent: erasing again says when it was erased.
 */
@RestController
@RequestMapping("/api/victims")
class VictimController {

    /** The outcome: {@code personalDataHeld} false when no details were ever kept for the victim. */
    record ErasureView(String victimId, boolean personalDataHeld, boolean erased, Instant erasedAt,
            ErasureReason reason, boolean alreadyErased) {
    }

    private final VictimDetails victimDetails;
    private final CaseQueries queries;
    private final RequestValidator validator;
    private final ActorResolver actors;
    private final AccessRefusals refusals;

    VictimController(VictimDetails victimDetails, CaseQueries queries, RequestValidator validator,
            ActorResolver actors, AccessRefusals refusals) {
        this.victimDetails = victimDetails;
        this.queries = queries;
        this.validator = validator;
        this.actors = actors;
        this.refusals = refusals;
    }

    @PostMapping("/{victimId}/erasure")
    ErasureView erase(@PathVariable String victimId, @RequestBody Requests.EraseVictimData body) {
        if (!refusals.principal().hasAnyRole(AgencyRole.POLICE_SUPERVISOR)) {
            throw new AccessRefusedException("only a police supervisor may erase a victim's personal data");
        }
        ErasureReason reason = validator.eraseVictimData(victimId, body);
        String force = actors.ownForce();
        if (force == null || !queries.victimInForce(victimId, force)) {
            refusals.refused(404, "victim not in the force's cases");
            throw new UnknownVictimException();
        }
        return victimDetails.erase(victimId, reason, refusals.principal().subject())
                .map(e -> new ErasureView(victimId, true, true, e.erasedAt(), e.reason(), !e.firstTime()))
                .orElseGet(() -> new ErasureView(victimId, false, false, null, null, false));
    }

    static class UnknownVictimException extends RuntimeException {
        UnknownVictimException() {
            super("no such victim in the force's cases");
        }
    }
}
