package io.github.disclosureauditor.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.disclosureauditor.finding.Finding;

/** One configured Jackson mapper for reports; {@code magnitude} is internal and not emitted. */
public final class Json {
    @JsonIgnoreProperties({"magnitude", "firstLine"})
    private abstract static class FindingMixin {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Finding.class, FindingMixin.class)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON this program wrote (kept reports); a parse failure is a bug, not input. */
    public static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object o, boolean pretty) {
        try {
            return pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o)
                    : MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
