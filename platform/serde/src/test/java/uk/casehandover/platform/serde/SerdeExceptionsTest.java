package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ConnectException;
import org.apache.avro.AvroRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every exception a consumer can meet from the serde survives Java serialization with its message and reason:
 * spring-kafka's ErrorHandlingDeserializer Java-serializes the deserializer's exception into a record header, and the
 * dead-letter topic's reason is read back from there.
 */
class SerdeExceptionsTest {

    static final RecordLocation LOCATION = RecordLocation.of("handover.police-to-cps", 2, 42L);

    @ParameterizedTest
    @EnumSource(WireFormatException.Reason.class)
    void aWireFormatExceptionKeepsItsMessageReasonAndLocationThroughJavaSerialization(
            WireFormatException.Reason reason) {
        // given
        WireFormatException thrown = new WireFormatException(reason, "synthetic " + reason, LOCATION,
                new AvroRuntimeException("synthetic Avro failure"));

        // when
        WireFormatException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage())
                .contains("synthetic " + reason).contains("partition 2").contains("offset 42");
        assertThat(copy.reason()).isEqualTo(reason);
        assertThat(copy.location()).isEqualTo(LOCATION);
        assertThat(copy.getCause()).isInstanceOf(AvroRuntimeException.class).hasMessage("synthetic Avro failure");
    }

    @Test
    void theUnknownMagicByteThatWireFormatRefusesSurvivesJavaSerialization() {
        // given
        WireFormatException thrown = catchThrowableOfType(WireFormatException.class,
                () -> WireFormat.read(new byte[] {1, 0, 0, 0, 1, 2, 3}, RecordLocation.ofTopic("handover.police-to-cps")));

        // when
        WireFormatException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.reason()).isEqualTo(WireFormatException.Reason.UNKNOWN_MAGIC_BYTE);
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage()).contains("Unknown magic byte 0x01");
    }

    @Test
    void aTruncatedRecordsExceptionSurvivesJavaSerializationWithItsEofCause() {
        // given
        WireFormatException thrown = new WireFormatException(WireFormatException.Reason.TRUNCATED_AVRO_DATA,
                "Avro data of 3 byte(s) ends early", RecordLocation.unknown(), new EOFException());

        // when
        WireFormatException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.reason()).isEqualTo(WireFormatException.Reason.TRUNCATED_AVRO_DATA);
        assertThat(copy.getMessage()).isEqualTo("Avro data of 3 byte(s) ends early");
        assertThat(copy.location()).isEqualTo(RecordLocation.unknown());
        assertThat(copy.getCause()).isInstanceOf(EOFException.class);
    }

    @Test
    void anUnknownSchemaIdExceptionKeepsItsMessageSchemaIdAndRegistryCauseThroughJavaSerialization() {
        // given
        UnknownSchemaIdException thrown = new UnknownSchemaIdException(4711, LOCATION, new SchemaRegistryException(
                404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema 4711 not found"));

        // when
        UnknownSchemaIdException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage()).contains("schema id 4711").contains("offset 42");
        assertThat(copy.schemaId()).isEqualTo(4711);
        assertThat(copy.getCause()).isInstanceOfSatisfying(SchemaRegistryException.class, cause -> {
            assertThat(cause.status()).isEqualTo(404);
            assertThat(cause.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
        });
    }

    @Test
    void aSchemaRegistryExceptionKeepsItsMessageStatusAndErrorCodeThroughJavaSerialization() {
        // given
        SchemaRegistryException thrown = new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
                "Schema being registered is incompatible");

        // when
        SchemaRegistryException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage()).contains("HTTP 409");
        assertThat(copy.status()).isEqualTo(409);
        assertThat(copy.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
    }

    @Test
    void anUnreachableRegistryExceptionKeepsItsMessageAndConnectionCauseThroughJavaSerialization() {
        // given
        SchemaRegistryUnreachableException thrown = new SchemaRegistryUnreachableException(
                "No schema registry reachable at [http://registry-a:8081]", new ConnectException("refused"));

        // when
        SchemaRegistryUnreachableException copy = throughJavaSerialization(thrown);

        // then
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage()).contains("registry-a");
        assertThat(copy.status()).isZero();
        assertThat(copy.getCause()).isInstanceOf(ConnectException.class).hasMessage("refused");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T throughJavaSerialization(T thrown) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        } catch (IOException e) {
            throw new AssertionError("not Java-serializable: " + thrown.getClass().getName(), e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("not Java-deserializable: " + thrown.getClass().getName(), e);
        }
    }
}
