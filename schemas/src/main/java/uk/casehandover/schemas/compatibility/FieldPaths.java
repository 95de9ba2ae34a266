package uk.casehandover.schemas.compatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Turns the JSON-pointer location Avro gives an incompatibility (e.g. {@code /fields/4/type/items/fields/3/type})
 * into the field path a person reads (e.g. {@code evidenceManifest[].sha256}), by walking the reader schema.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    static String fieldPath(Schema reader, String location) {
        List<String> names = new ArrayList<>();
        Schema cursor = reader;
        String[] tokens = location.replaceFirst("^/", "").split("/");
        for (int i = 0; i < tokens.length && cursor != null; i++) {
            String token = tokens[i];
            if (token.equals("fields") && i + 1 < tokens.length && cursor.getType() == Schema.Type.RECORD) {
                int index = Integer.parseInt(tokens[++i]);
                if (index >= cursor.getFields().size()) {
                    break;
                }
                Schema.Field field = cursor.getFields().get(index);
                names.add(field.name());
                cursor = field.schema();
            } else if (token.equals("items") && cursor.getType() == Schema.Type.ARRAY) {
                appendToLast(names, "[]");
                cursor = cursor.getElementType();
            } else if (token.equals("values") && cursor.getType() == Schema.Type.MAP) {
                appendToLast(names, "{}");
                cursor = cursor.getValueType();
            } else if (token.matches("\\d+") && cursor.getType() == Schema.Type.UNION) {
                int branch = Integer.parseInt(token);
                cursor = branch < cursor.getTypes().size() ? cursor.getTypes().get(branch) : null;
            } else if (!token.equals("type")) {
                break;
            }
        }
        return names.isEmpty() ? "(the record itself)" : String.join(".", names);
    }

    private static void appendToLast(List<String> names, String suffix) {
        if (names.isEmpty()) {
            names.add(suffix);
        } else {
            names.set(names.size() - 1, names.get(names.size() - 1) + suffix);
        }
    }
}
