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
 * Converts every query and header parameter that is not a String (numbers, booleans, dates and
 * enums) so that a bad value is a 400 naming the parameter, not the 404 that JAX-RS prescribes for
 * unconvertible query parameters, nor the silent {@code false} of {@link Boolean#valueOf} (which
 * turned {@code dryRun=1} into a real import). A boolean is {@code true} or {@code false}; a number
 * is digits with an optional minus sign; a date is {@code yyyy-MM-dd}. {@link #supports} lists the
 * types; StrictParamConvertersTest fails when a resource takes a query or header parameter of
 * another type.
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

    /** The accepted values of a boolean parameter, as the problem lists them. */
    public static final String BOOLEAN = "true, false";
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,19}");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The parameter types converted here, besides enums; String needs no conversion. */
    public static boolean supports(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Boolean.class
                || type == java.time.LocalDate.class || type.isEnum();
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, null, s -> Integer.valueOf(integer(s)));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, null, s -> Long.valueOf(integer(s)));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, BOOLEAN, StrictParamConverters::bool);
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, null, s -> {
                if (!DATE.matcher(s).matches()) {
                    throw new IllegalArgumentException(s);
                }
                return java.time.LocalDate.parse(s);
            });
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String accepted = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Converter<>(name, accepted, s -> Enum.valueOf(type, s));
        }
        return null;
    }

    static Boolean bool(String s) {
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static String integer(String s) {
        if (!INTEGER.matcher(s).matches()) {
            throw new IllegalArgumentException(s);
        }
        return s;
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
            implements
                ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || (value.isEmpty() && !BOOLEAN.equals(accepted))) {
                return null;
            }
            try {
                return parse.apply(value);
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
