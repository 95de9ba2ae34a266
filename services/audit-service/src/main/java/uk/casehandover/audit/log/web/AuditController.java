package uk.casehandover.audit.log.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.audit.log.application.AuditLog;
import uk.casehandover.audit.log.LogOutOfRangeException;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.audit.log.web.Views.ConsistencyProofView;
import uk.casehandover.audit.log.web.Views.EntryView;
import uk.casehandover.audit.log.web.Views.InclusionProofView;
import uk.casehandover.audit.log.web.Views.PublicKeyView;
import uk.casehandover.audit.log.web.Views.TreeHeadView;

/**
 * The log as any agency reads it: the latest signed tree head, an entry, its inclusion proof and the consistency proof
 * between two sizes, and the public key that checks them all. Nothing here needs trust in this service: the
 * audit-verifier checks every answer with the public key alone. Heads, key and proofs are hashes: any agency role reads
 * them. An entry is its case's: {@link LogAccess} decides who reads it (404 as for no entry otherwise; an ISVA 403),
 * and an inclusion proof carries the entry only for those who may read it.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog auditLog;
    private final LogAccess access;

    AuditController(AuditLog auditLog, LogAccess access) {
        this.auditLog = auditLog;
        this.access = access;
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
        access.requireCaseReader();
        Parameters parameters = new Parameters();
        Long at = parameters.count("index", index, true);
        parameters.check();
        LoggedEntry logged;
        try {
            logged = auditLog.entry(at);
        } catch (LogOutOfRangeException beyondTheLog) {
            throw new NoSuchEntryException();
        }
        return EntryView.of(access.readableEntry(logged), auditLog.leafHash(at));
    }

    /**
     * Without treeSize: in the tree of the latest signed head. The entry is included only for those who may read it;
     * anyone else checks the leaf hash they hold ({@code --entry-hash}).
     */
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
                access.mayRead(logged) ? EntryView.of(logged, auditLog.leafHash(at)) : null);
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
