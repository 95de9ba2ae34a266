package uk.casehandover.audit.log.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.audit.log.application.AuditLog;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.audit.log.web.Views.ConsistencyProofView;
import uk.casehandover.audit.log.web.Views.EntryView;
import uk.casehandover.audit.log.web.Views.InclusionProofView;
import uk.casehandover.audit.log.web.Views.PublicKeyView;
import uk.casehandover.audit.log.web.Views.TreeHeadView;

/**
 * The log as any agency reads it: the latest signed tree head, an entry, its inclusion proof and the consistency proof
 * between two sizes, and the public key that checks them all. Nothing here needs trust in this service: the
 * audit-verifier checks every answer with the public key alone.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/tree-head")
    TreeHeadView treeHead() {
        return TreeHeadView.of(auditLog.latestHead(), auditLog.signer().publicKey());
    }

    @GetMapping("/public-key")
    PublicKeyView publicKey() {
        return PublicKeyView.of(auditLog.signer().publicKey());
    }

    @GetMapping("/entries/{index}")
    EntryView entry(@PathVariable String index) {
        Parameters parameters = new Parameters();
        Long at = parameters.count("index", index, true);
        parameters.check();
        LoggedEntry logged = auditLog.entry(at);
        return EntryView.of(logged, auditLog.leafHash(at));
    }

    /** Without treeSize: in the tree of the latest signed head. */
    @GetMapping("/entries/{index}/inclusion-proof")
    InclusionProofView inclusionProof(@PathVariable String index, @RequestParam(required = false) String treeSize) {
        Parameters parameters = new Parameters();
        Long at = parameters.count("index", index, true);
        Long size = parameters.count("treeSize", treeSize, false);
        parameters.check();
        long inTree = size != null ? size : auditLog.latestHead().treeSize();
        var path = auditLog.inclusionProof(at, inTree);
        LoggedEntry logged = auditLog.entry(at);
        return new InclusionProofView(at, inTree, Views.b64(auditLog.leafHash(at)), Views.b64(path),
                EntryView.of(logged, auditLog.leafHash(at)));
    }

    @GetMapping("/consistency-proof")
    ConsistencyProofView consistencyProof(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Parameters parameters = new Parameters();
        Long first = parameters.count("from", from, true);
        Long second = parameters.count("to", to, true);
        parameters.check();
        parameters.rule(first <= second, "from", "must not be greater than to (" + second + "), got " + first);
        parameters.check();
        return new ConsistencyProofView(first, second, Views.b64(auditLog.consistencyProof(first, second)));
    }
}
