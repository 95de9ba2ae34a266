package uk.casehandover.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SignedTreeHeadTest {

    private final LogSigner signer = LogSigner.generate();
    private final TreeHead head = new TreeHead(42, 1_790_000_000_000L, Hashing.sha256(new byte[] {1, 2, 3}));

    @Test
    void signsTheRfc6962TreeHeadStructureBigEndian() {
        byte[] data = head.signedData();
        assertThat(data).hasSize(50);
        ByteBuffer buffer = ByteBuffer.wrap(data);
        assertThat(buffer.get()).isZero();
        assertThat(buffer.get()).isEqualTo((byte) 1);
        assertThat(buffer.getLong()).isEqualTo(1_790_000_000_000L);
        assertThat(buffer.getLong()).isEqualTo(42);
        byte[] root = new byte[32];
        buffer.get(root);
        assertThat(root).isEqualTo(head.rootHash());
    }

    @Test
    void aSignedHeadVerifiesWithThePublicKeyAlone() {
        SignedTreeHead signed = signer.sign(head);
        LogPublicKey key = LogPublicKey.fromBase64(signer.publicKey().base64());
        assertThat(key.verify(signed).valid()).isTrue();
    }

    @Test
    void anAlteredHeadOrSignatureOrAnotherKeyFails() {
        SignedTreeHead signed = signer.sign(head);
        byte[] root = head.rootHash();
        root[3] ^= 1;
        assertThat(signer.publicKey().verify(new SignedTreeHead(new TreeHead(42, head.timestamp(), root), signed.signature())).reason())
                .startsWith("signature");
        assertThat(signer.publicKey().verify(new SignedTreeHead(new TreeHead(43, head.timestamp(), head.rootHash()), signed.signature())).valid())
                .isFalse();
        byte[] signature = signed.signature();
        signature[10] ^= 1;
        assertThat(signer.publicKey().verify(new SignedTreeHead(head, signature)).valid()).isFalse();
        assertThat(LogSigner.generate().publicKey().verify(signed).valid()).isFalse();
    }

    @Test
    void theLogIdIsHexSha256OfTheX509PublicKey() {
        assertThat(signer.logId()).isEqualTo(HexFormat.of().formatHex(Hashing.sha256(signer.publicKey().x509())));
        assertThat(signer.logId()).matches("[0-9a-f]{64}");
    }

    @Test
    void loadsAKeyPairFromBase64AndRefusesMismatchedHalves() {
        LogSigner loaded = LogSigner.fromBase64(signer.privateKeyBase64(), signer.publicKey().base64());
        assertThat(loaded.logId()).isEqualTo(signer.logId());
        assertThat(signer.publicKey().verify(loaded.sign(head)).valid()).isTrue();
        assertThatThrownBy(() -> LogSigner.fromBase64(signer.privateKeyBase64(), LogSigner.generate().publicKey().base64()))
                .hasMessageContaining("not one key pair");
        assertThatThrownBy(() -> LogSigner.fromBase64("not base64!", signer.publicKey().base64()))
                .hasMessageContaining("PKCS#8").hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> LogPublicKey.fromBase64("AAAA")).hasMessageContaining("X.509");
    }

    @Test
    void neverPrintsKeyMaterial() {
        assertThat(signer.toString()).doesNotContain(signer.privateKeyBase64()).contains(signer.logId());
    }
}
