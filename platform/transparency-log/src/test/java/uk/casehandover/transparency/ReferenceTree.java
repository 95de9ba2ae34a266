package uk.casehandover.transparency;

import java.util.List;

/** RFC 6962 section 2.1's recursive MTH, written straight from the text: the oracle the stored tree is checked against. */
final class ReferenceTree {

    private ReferenceTree() {
    }

    static byte[] mth(List<byte[]> entries) {
        int n = entries.size();
        if (n == 0) {
            return Hashing.emptyRoot();
        }
        if (n == 1) {
            return Hashing.leafHash(entries.get(0));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return Hashing.nodeHash(mth(entries.subList(0, k)), mth(entries.subList(k, n)));
    }
}
