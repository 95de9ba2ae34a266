package uk.casehandover.isva.victimupdate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.isva.access.RequestingIsvaService;
import uk.casehandover.isva.access.RequestingIsvaServiceResolver;
import uk.casehandover.isva.victimupdate.UpdateOrder;
import uk.casehandover.isva.victimupdate.VictimUpdates;
import uk.casehandover.isva.web.InvalidRequest;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * What an ISVA service's people do with the feed: read the updates for their victims, mark one as read (the police
 * are told), and see where each victim's consent stands. Each ISVA service sees only its own.
 */
@RestController
@RequestMapping("/api/isva-services/{isvaServiceId}")
class VictimUpdateController {

    private final VictimUpdates victimUpdates;
    private final TransactionTemplate transaction;

    VictimUpdateController(VictimUpdates victimUpdates, TransactionTemplate transaction) {
        this.victimUpdates = victimUpdates;
        this.transaction = transaction;
    }

    @Operation(summary = "The updates kept for this ISVA service: newest first, or case by case in milestone order")
    @GetMapping("/updates")
    List<VictimUpdateView> updates(@PathVariable String isvaServiceId,
            @Parameter(hidden = true) RequestingIsvaService asking,
            @RequestParam(required = false) String urn,
            @Parameter(description = "NEWEST_FIRST (default) or BY_CASE") @RequestParam(required = false) String order) {
        List<Violation> violations = new ArrayList<>();
        if (urn != null) {
            violations.addAll(Urn.validate("urn", urn));
        }
        UpdateOrder sorting = order(order, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return victimUpdates.updates(asking.isvaServiceId(), urn, sorting).stream().map(VictimUpdateView::of).toList();
    }

    @Operation(summary = "One update; 404 when this ISVA service has no such update")
    @GetMapping("/updates/{updateId}")
    VictimUpdateView update(@PathVariable String isvaServiceId, @Parameter(hidden = true) RequestingIsvaService asking,
            @PathVariable UUID updateId) {
        return VictimUpdateView.of(victimUpdates.update(asking.isvaServiceId(), updateId));
    }

    @Operation(summary = "Mark an update as read (by the token's subject); the police receive VictimUpdateAcknowledged."
            + " Once only: 409 after.")
    @PostMapping("/updates/{updateId}/acknowledgement")
    VictimUpdateView acknowledge(@PathVariable String isvaServiceId,
            @Parameter(hidden = true) RequestingIsvaService asking, @PathVariable UUID updateId,
            @RequestBody(required = false) AcknowledgementRequest body) {
        String actorId = actor(asking, body);
        return transaction.execute(status ->
                VictimUpdateView.of(victimUpdates.acknowledge(asking.isvaServiceId(), updateId, actorId)));
    }

    @Operation(summary = "Where each victim's consent stands for this ISVA service, optionally for one case")
    @GetMapping("/consents")
    List<ConsentView> consents(@PathVariable String isvaServiceId,
            @Parameter(hidden = true) RequestingIsvaService asking, @RequestParam(required = false) String urn) {
        if (urn != null && !Urn.validate("urn", urn).isEmpty()) {
            throw new InvalidRequest(Urn.validate("urn", urn));
        }
        return victimUpdates.consents(asking.isvaServiceId(), urn).stream().map(ConsentView::of).toList();
    }

    private static UpdateOrder order(String order, List<Violation> violations) {
        if (order == null) {
            return UpdateOrder.NEWEST_FIRST;
        }
        try {
            return UpdateOrder.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("order", "must be NEWEST_FIRST or BY_CASE"));
            return null;
        }
    }

    private static String actor(RequestingIsvaService asking, AcknowledgementRequest body) {
        String fromBody = body == null ? null : body.actorId();
        if (asking.actorId().isPresent()) {
            if (fromBody != null && !fromBody.equals(asking.actorId().get())) {
                throw InvalidRequest.of("actorId", "must be the bearer token's subject when sent");
            }
            return asking.actorId().get();
        }
        if (fromBody == null) {
            throw InvalidRequest.of("actorId", "is required: who read the update");
        }
        if (!RequestingIsvaServiceResolver.wellFormedActorId(fromBody)) {
            throw InvalidRequest.of("actorId", "must be a staff or system id: 1-64 letters, digits, '.', '_' or '-'");
        }
        return fromBody;
    }
}
