package vn.gov.cchc.common;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON input is read strictly, for every request body of the API: 2026.5 is not a year, "2026" is
 * not a number, 2 is not an enum value, true is not a text, a date is {@code yyyy-MM-dd} and nothing
 * else, and nothing is silently dropped or rounded. Every text goes through {@link UnicodeText}.
 * A value that breaks a rule is a 400 naming the field (see {@link ProblemMappers}).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its own modules (java.time among them): our deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: Quarkus hands us the mapper, not its builder
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        SimpleModule strict = new SimpleModule("cchc-strict-input");
        strict.addDeserializer(String.class, new TextDeserializer());
        strict.addDeserializer(LocalDate.class, new DateDeserializer());
        mapper.registerModule(strict);
    }

    /** A text in a body is a JSON string (never a number or a boolean) that keeps {@link UnicodeText}'s rules. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            try {
                return UnicodeText.clean(p.getText());
            } catch (UnicodeText.InvalidTextException e) {
                throw new InvalidTextInput(p, e);
            }
        }
    }

    /** A civil date is a JSON string {@code yyyy-MM-dd} that names a real day: no time, no zone, no number. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    // falls through: 2026-02-30 is not a day
                }
            }
            throw InvalidFormatException.from(p, "not a date yyyy-MM-dd: " + text, text, LocalDate.class);
        }
    }

    /** A JSON string that breaks {@link UnicodeText}'s rules; Jackson adds the path of the field. */
    public static final class InvalidTextInput extends MismatchedInputException {
        private final transient UnicodeText.InvalidTextException defect;

        InvalidTextInput(JsonParser p, UnicodeText.InvalidTextException defect) {
            super(p, defect.getMessage(), String.class);
            this.defect = defect;
        }

        public UnicodeText.InvalidTextException defect() {
            return defect;
        }
    }
}
