package uk.casehandover.contract.interop;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Builds a synthetic generic record for any schema, filling every field (the non-null branch of unions, the last
 * enum symbol, two array items) with obviously fake values, so that every field crosses the wire. Timestamps stay
 * within what JavaScript numbers hold exactly. No real person, place or case.
 */
final class SyntheticRecords {

    private static final long OCCURRED_AT_MILLIS = 1_748_856_600_000L;
    private static final int MAX_DEPTH = 6;

    private SyntheticRecords() {
    }

    static GenericData.Record of(Schema schema) {
        return (GenericData.Record) value(schema, schema.getName(), 0);
    }

    private static Object value(Schema schema, String path, int depth) {
        LogicalType logical = schema.getLogicalType();
        return switch (schema.getType()) {
            case RECORD -> record(schema, path, depth);
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(schema.getEnumSymbols().size() - 1));
            case ARRAY -> depth >= MAX_DEPTH ? List.of() : List.of(
                    value(schema.getElementType(), path + "[0]", depth + 1),
                    value(schema.getElementType(), path + "[1]", depth + 1));
            case MAP -> depth >= MAX_DEPTH ? Map.of() : Map.of("synthetic-key", value(schema.getValueType(), path, depth + 1));
            case UNION -> union(schema, path, depth);
            case FIXED -> new GenericData.Fixed(schema, bytes(path, schema.getFixedSize()));
            case STRING -> logical != null && "uuid".equals(logical.getName())
                    ? UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)).toString()
                    : "synthetic " + path;
            case BYTES -> ByteBuffer.wrap(bytes(path, 16));
            case INT -> logical != null && "date".equals(logical.getName()) ? 20_241 : Math.abs(path.hashCode() % 1000);
            case LONG -> logical != null ? OCCURRED_AT_MILLIS + Math.abs(path.hashCode() % 100_000) : 4_242L;
            case FLOAT -> 1.5f;
            case DOUBLE -> 2.25d;
            case BOOLEAN -> path.length() % 2 == 0;
            case NULL -> null;
        };
    }

    private static GenericData.Record record(Schema schema, String path, int depth) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(field.schema(), path + "." + field.name(), depth + 1));
        }
        return record;
    }

    private static Object union(Schema schema, String path, int depth) {
        List<Schema> branches = new ArrayList<>(schema.getTypes());
        for (Schema branch : branches) {
            if (branch.getType() != Schema.Type.NULL && (branch.getType() != Schema.Type.RECORD || depth < MAX_DEPTH)) {
                return value(branch, path, depth);
            }
        }
        return null;
    }

    private static byte[] bytes(String path, int size) {
        byte[] source = ("synthetic " + path).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = source[i % source.length];
        }
        return bytes;
    }

}
