package uk.casehandover.audit.log.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.audit.log.application.AuditLog;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyRole;

/**
 * Who may read which part of the log (docs/audit-log.md, "Who may read what"). Tree heads, the public key and the
 * proofs are hashes only: every agency role reads them. An entry and a case's handovers are the case's: the auditor
 * reads every case; a police officer or supervisor the cases of their force (the URN's first two digits); a CPS lawyer
 * or DCP the cases of their CPS Area, known from the CPS events the log holds for the URN. Anyone else is answered
 * exactly as if the case or entry were unknown (404), so its existence does not leak. An ISVA reads no entry and no
 * case here (403): their updates come from the ISVA service.
 */
@Component
class LogAccess {

    private final AccessRefusals refusals;
    private final AuditLog auditLog;

    LogAccess(AccessRefusals refusals, AuditLog auditLog) {
        this.refusals = refusals;
        this.auditLog = auditLog;
    }

    /** 403 for a principal with no auditor, police or CPS role (an ISVA): the case's handovers are not theirs. */
    void requireCaseReader() {
        AgencyPrincipal principal = refusals.principal();
        if (!principal.hasAnyRole(AgencyRole.AUDITOR, AgencyRole.POLICE_OFFICER, AgencyRole.POLICE_SUPERVISOR,
                AgencyRole.CPS_LAWYER, AgencyRole.DISTRICT_CROWN_PROSECUTOR)) {
            throw new AccessRefusedException("role may not read log entries or case timelines");
        }
    }

    /**
     * The case's entries if the principal may read the case and the log has any; otherwise a 404 that is the same
     * whether the case is unknown or another agency's (the latter logged as a refusal).
     */
    List<LoggedEntry> caseEntries(String urn) {
        List<LoggedEntry> entries = auditLog.aboutCase(urn);
        if (!mayRead(urn, entries)) {
            refusals.refused(404, "case of another agency");
            throw new NoSuchCaseException();
        }
        if (entries.isEmpty()) {
            throw new NoSuchCaseException();
        }
        return entries;
    }

    /** Whether the principal may read this entry (and so its case's URN, event and producer). */
    boolean mayRead(LoggedEntry logged) {
        String urn = logged.entry().urn();
        if (refusals.principal().hasAnyRole(AgencyRole.AUDITOR)) {
            return true;
        }
        return urn != null && mayRead(urn, auditLog.aboutCase(urn));
    }

    /** The entry if the principal may read it; otherwise a 404 the same as for an index the log does not have. */
    LoggedEntry readableEntry(LoggedEntry logged) {
        if (!mayRead(logged)) {
            refusals.refused(404, "entry of another agency's case");
            throw new NoSuchEntryException();
        }
        return logged;
    }

    private boolean mayRead(String urn, List<LoggedEntry> entries) {
        AgencyPrincipal principal = refusals.principal();
        if (principal.hasAnyRole(AgencyRole.AUDITOR)) {
            return true;
        }
        if (force(urn).filter(principal::isPoliceOf).isPresent()) {
            return true;
        }
        return cpsAreas(entries).stream().anyMatch(principal::isCpsOf);
    }

    private static Optional<ForceCode> force(String urn) {
        return Urn.validate("urn", urn).isEmpty() ? Optional.of(Urn.parse(urn).force()) : Optional.empty();
    }

    /** The CPS Areas that produced events about the case (their producer id is the Area's code). */
    static Set<CpsArea> cpsAreas(List<LoggedEntry> entries) {
        return entries.stream().map(LoggedEntry::entry).filter(entry -> "CPS".equals(entry.producingAgency()))
                .map(entry -> CpsArea.fromCode(entry.producerId())).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
