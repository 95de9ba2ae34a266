package uk.casehandover.timeliness.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.timeliness.clock.ClockBook;
import uk.casehandover.timeliness.clock.ClockStatus;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.timeliness.receipt.ReceiptBook;

/**
 * What a person at the police or CPS must act on: handovers nobody acknowledged in time (oldest first) and statutory
 * clocks (nearest deadline first), filtered by force, CPS Area and agency or status. Read-only. Police and CPS see
 * their own force's or Area's cases only, the auditor all ({@link ListScope}).
 */
@RestController
class TimelinessController {

    private static final Set<String> OVERDUE_PARAMETERS = Set.of("forceCode", "cpsArea", "agency", "limit");
    private static final Set<String> CLOCK_PARAMETERS = Set.of("forceCode", "cpsArea", "status", "limit");

    private final ReceiptBook receipts;
    private final ClockBook clocks;
    private final AccessRefusals refusals;

    TimelinessController(ReceiptBook receipts, ClockBook clocks, AccessRefusals refusals) {
        this.receipts = receipts;
        this.clocks = clocks;
        this.refusals = refusals;
    }

    @GetMapping("/api/handovers/overdue")
    @Operation(summary = "Overdue handovers nobody has acknowledged, oldest first",
            parameters = {
                    @Parameter(name = "forceCode", description = "two-digit police force code of the case, e.g. 01;"
                            + " police: their own (the default), another is 403"),
                    @Parameter(name = "cpsArea", description = "CPS Area code of the case, e.g. LONDON_NORTH;"
                            + " CPS: their own (the default), another is 403"),
                    @Parameter(name = "agency", description = "POLICE, CPS, ISVA_SERVICE or PLATFORM: sender or receiver"),
                    @Parameter(name = "limit", description = "1 to 500, default 100")})
    List<ReceiptBook.OverdueHandover> overdue(HttpServletRequest request) {
        Parameters parameters = new Parameters(request.getParameterMap(), OVERDUE_PARAMETERS);
        String forceCode = parameters.forceCode("forceCode");
        String cpsArea = parameters.cpsArea("cpsArea");
        Agency agency = parameters.oneOf("agency", Agency.class);
        int limit = parameters.limit("limit");
        parameters.check();
        ListScope.Scoped scope = ListScope.of(refusals.principal(), forceCode, cpsArea);
        return receipts.overdue(new ReceiptBook.Filter(scope.forceCode(), scope.cpsArea(), agency, limit));
    }

    @GetMapping("/api/clocks")
    @Operation(summary = "Statutory clocks, nearest deadline first",
            parameters = {
                    @Parameter(name = "forceCode", description = "two-digit police force code of the case, e.g. 01;"
                            + " police: their own (the default), another is 403"),
                    @Parameter(name = "cpsArea", description = "CPS Area code of the case, e.g. LONDON_NORTH;"
                            + " CPS: their own (the default), another is 403"),
                    @Parameter(name = "status", description = "OPEN, MET or BREACHED"),
                    @Parameter(name = "limit", description = "1 to 500, default 100")})
    List<ClockBook.StatutoryClock> clocks(HttpServletRequest request) {
        Parameters parameters = new Parameters(request.getParameterMap(), CLOCK_PARAMETERS);
        String forceCode = parameters.forceCode("forceCode");
        String cpsArea = parameters.cpsArea("cpsArea");
        ClockStatus status = parameters.oneOf("status", ClockStatus.class);
        int limit = parameters.limit("limit");
        parameters.check();
        ListScope.Scoped scope = ListScope.of(refusals.principal(), forceCode, cpsArea);
        return clocks.clocks(new ClockBook.Filter(scope.forceCode(), scope.cpsArea(), status, limit));
    }
}
