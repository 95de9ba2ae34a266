package uk.casehandover.cps.casefile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.schemas.Topics;

/**
 * The police as the CPS service meets them on the real topics: sends police events (or raw bytes) to
 * handover.police-to-cps and reads what CPS sends back on handover.cps-to-police, by case URN.
 */
final class PoliceSide implements AutoCloseable {

    private final HandoverWire wire;
    private final HandoverWire.Reader fromCps;
    private final HandoverWire.Reader deadLetters;

    PoliceSide(RealPlatform platform, String deadLetterTopic) {
        wire = new HandoverWire(platform);
        fromCps = wire.reader(Topics.CPS_TO_POLICE);
        deadLetters = wire.rawReader(deadLetterTopic);
    }

    /** A URN no other test uses: force 01, unit ZT, a random sequence. */
    static String aNewUrn() {
        return "01ZT" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    <T extends SpecificRecord> T send(T event) {
        return wire.send(Topics.POLICE_TO_CPS, event);
    }

    void sendRaw(String urn, byte[] value) {
        wire.sendRaw(Topics.POLICE_TO_CPS, urn, value);
    }

    /** Everything CPS sent on this case so far, in order. */
    List<SpecificRecord> sentByCps(String urn) {
        return fromCps.eventsAbout(urn);
    }

    /** Waits for CPS's next event of this type on the case and returns it. */
    <T extends SpecificRecord> T awaitFromCps(String urn, Class<T> type, Predicate<T> matching) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> sentByCps(urn).stream().filter(type::isInstance).map(type::cast).filter(matching)
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Dead letters are read as bytes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String urn, int count) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> (List) deadLetters.about(urn), records -> records.size() >= count);
    }

    @Override
    public void close() {
        wire.close();
        fromCps.close();
        deadLetters.close();
    }
}
