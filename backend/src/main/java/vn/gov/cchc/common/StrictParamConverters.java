package vn.gov.cchc.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts query and header parameters of number and enum types so that a bad value is a 400
 * naming the parameter, not the 404 that JAX-RS prescribes for unconvertible query parameters.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    /** A query or header parameter whose value cannot be converted. */
    public static class InvalidParameterException extends BadRequestException {
        private final String parameter;
        private final String value;
        private final String accepted;

        InvalidParameterException(String parameter, String value, String accepted) {
            super("invalid parameter " + parameter);
            this.parameter = parameter;
            this.value = value;
            this.accepted = accepted;
        }

        public String parameter() {
            return parameter;
        }

        public String value() {
            return value;
        }

        /** For enums, the accepted values; otherwise null. */
        public String accepted() {
            return accepted;
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, null, Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, null, Long::valueOf);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String accepted = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Converter<>(name, accepted, s -> Enum.valueOf(type, s));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof PathParam) {
                return null;
            }
        }
        return null;
    }

    private record Converter<T>(String name, String accepted, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, value, accepted);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
