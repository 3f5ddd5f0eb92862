package io.orgkit.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.StorageException;
import java.util.List;
import java.util.Map;

/** Small values kept as JSON text: organization settings, department managers. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode a value as JSON for the database", e);
        }
    }

    static Map<String, String> map(String json) {
        return read(json, new TypeReference<Map<String, String>>() {});
    }

    static List<String> list(String json) {
        return read(json, new TypeReference<List<String>>() {});
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored JSON value is unreadable; was the OrgKit table changed by hand?", e);
        }
    }
}
