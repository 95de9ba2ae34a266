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
import uk.casehandover.timeliness.receipt.ReceiptBook;

/**
 * What a person at the police or CPS must act on: handovers nobody acknowledged in time (oldest first) and statutory
 * clocks (nearest deadline first), filtered by force, CPS Area and agency or status. Read-only.
 */
@RestController
class TimelinessController {

    private static final Set<String> OVERDUE_PARAMETERS = Set.of("forceCode", "cpsArea", "agency", "limit");
    private static final Set<String> CLOCK_PARAMETERS = Set.of("forceCode", "cpsArea", "status", "limit");

    private final ReceiptBook receipts;
    private final ClockBook clocks;

    TimelinessController(ReceiptBook receipts, ClockBook clocks) {
        this.receipts = receipts;
        this.clocks = clocks;
    }

    @GetMapping("/api/handovers/overdue")
    @Operation(summary = "Overdue handovers nobody has acknowledged, oldest first",
            parameters = {
                    @Parameter(name = "forceCode", description = "two-digit police force code of the case, e.g. 01"),
                    @Parameter(name = "cpsArea", description = "CPS Area code of the case, e.g. LONDON_NORTH"),
                    @Parameter(name = "agency", description = "POLICE, CPS, ISVA_SERVICE or PLATFORM: sender or receiver"),
                    @Parameter(name = "limit", description = "1 to 500, default 100")})
    List<ReceiptBook.OverdueHandover> overdue(HttpServletRequest request) {
        Parameters parameters = new Parameters(request.getParameterMap(), OVERDUE_PARAMETERS);
        ReceiptBook.Filter filter = new ReceiptBook.Filter(parameters.forceCode("forceCode"),
                parameters.cpsArea("cpsArea"), parameters.oneOf("agency", Agency.class), parameters.limit("limit"));
        parameters.check();
        return receipts.overdue(filter);
    }

    @GetMapping("/api/clocks")
    @Operation(summary = "Statutory clocks, nearest deadline first",
            parameters = {
                    @Parameter(name = "forceCode", description = "two-digit police force code of the case, e.g. 01"),
                    @Parameter(name = "cpsArea", description = "CPS Area code of the case, e.g. LONDON_NORTH"),
                    @Parameter(name = "status", description = "OPEN, MET or BREACHED"),
                    @Parameter(name = "limit", description = "1 to 500, default 100")})
    List<ClockBook.StatutoryClock> clocks(HttpServletRequest request) {
        Parameters parameters = new Parameters(request.getParameterMap(), CLOCK_PARAMETERS);
        ClockBook.Filter filter = new ClockBook.Filter(parameters.forceCode("forceCode"),
                parameters.cpsArea("cpsArea"), parameters.oneOf("status", ClockStatus.class), parameters.limit("limit"));
        parameters.check();
        return clocks.clocks(filter);
    }
}
