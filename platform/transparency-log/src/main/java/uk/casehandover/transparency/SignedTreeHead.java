package uk.casehandover.transparency;

/** A tree head and the log's Ed25519 signature over its {@link TreeHead#signedData()}. */
public record SignedTreeHead(TreeHead head, byte[] signature) {

    public SignedTreeHead {
        if (head == null) {
            throw new IllegalArgumentException("head is required");
        }
        if (signature == null || signature.length == 0) {
            throw new IllegalArgumentException("signature is required");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public long treeSize() {
        return head.treeSize();
    }
}
