package uk.casehandover.audit.log.web;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.audit.log.CaseHistory;
import uk.casehandover.audit.log.web.Views.ReceivedView;
import uk.casehandover.audit.log.web.Views.TimelineItem;
import uk.casehandover.audit.log.web.Views.TimelineView;

/**
 * A case as the log saw it: every handover in log order with who sent it to whom, when it was sent and logged, and
 * when (and by which event) the receiver acknowledged it; and what one agency had received about the case by a
 * given time. Only for those who may read the case ({@link LogAccess}): a URN the log has not seen and another
 * agency's case answer the same 404; an ISVA is refused (403).
 */
@RestController
@RequestMapping("/api/cases")
class CaseTimelineController {

    private final LogAccess access;

    CaseTimelineController(LogAccess access) {
        this.access = access;
    }

    @GetMapping("/{urn}/timeline")
    TimelineView timeline(@PathVariable String urn) {
        access.requireCaseReader();
        Parameters parameters = new Parameters();
        parameters.urn(urn);
        parameters.check();
        return new TimelineView(urn, CaseHistory.of(access.caseEntries(urn)).stream().map(TimelineItem::of).toList());
    }

    /** Handovers addressed to {@code agency} whose Kafka record timestamp is at or before {@code at}. */
    @GetMapping("/{urn}/received")
    ReceivedView received(@PathVariable String urn, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String at) {
        access.requireCaseReader();
        Parameters parameters = new Parameters();
        parameters.urn(urn);
        String receiver = parameters.agency(agency);
        Instant by = parameters.instant("at", at);
        parameters.check();
        return new ReceivedView(urn, receiver, by.toString(),
                CaseHistory.receivedBy(receiver, by, access.caseEntries(urn)).stream().map(TimelineItem::of).toList());
    }
}
