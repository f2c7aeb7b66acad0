package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

/** Query and header parameters are converted strictly, and every resource's parameters are covered. */
class StrictParamConvertersTest {

    enum State {
        OPEN, DONE
    }

    @SuppressWarnings("unused")
    static void sample(@QueryParam("dryRun") Boolean dryRun, @QueryParam("page") Integer page,
            @QueryParam("unitId") Long unitId, @QueryParam("from") LocalDate from, @QueryParam("state") State state) {
    }

    static ParamConverter<?> converter(String name) throws NoSuchMethodException {
        Method m = StrictParamConvertersTest.class.getDeclaredMethod("sample", Boolean.class, Integer.class, Long.class,
                LocalDate.class, State.class);
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotation(QueryParam.class).value().equals(name)) {
                return new StrictParamConverters().getConverter(p.getType(), p.getParameterizedType(),
                        p.getAnnotations());
            }
        }
        throw new IllegalArgumentException(name);
    }

    static String refused(String name, String value) throws NoSuchMethodException {
        ParamConverter<?> c = converter(name);
        var e = assertThrows(StrictParamConverters.InvalidParameterException.class, () -> c.fromString(value),
                name + "=" + value);
        assertEquals(name, e.parameter());
        return e.accepted();
    }

    @Test
    void booleansAreTrueOrFalse() throws Exception {
        assertEquals(Boolean.TRUE, converter("dryRun").fromString("true"));
        assertEquals(Boolean.FALSE, converter("dryRun").fromString("false"));
        for (String bad : List.of("1", "0", "yes", "maybe", "TRUE", "True", " true", "")) {
            assertEquals(StrictParamConverters.BOOLEAN, refused("dryRun", bad));
        }
    }

    @Test
    void numbersDatesAndEnums() throws Exception {
        assertEquals(3, converter("page").fromString("3"));
        assertEquals(-7L, converter("unitId").fromString("-7"));
        assertNull(converter("page").fromString(""), "an empty number is absent");
        for (String bad : List.of("+3", " 3", "3 ", "3.0", "1e3", "abc", "99999999999")) {
            refused("page", bad);
        }
        refused("unitId", "99999999999999999999");
        assertEquals(LocalDate.of(2026, 2, 28), converter("from").fromString("2026-02-28"));
        for (String bad : List.of("2026-02-30", "2026-2-28", "28/02/2026", "2026-02-28T00:00")) {
            refused("from", bad);
        }
        assertEquals(State.DONE, converter("state").fromString("DONE"));
        assertEquals("OPEN, DONE", refused("state", "done"));
    }

    @Test
    void theFilterChecksEveryScalarParameter() throws Exception {
        Method m = StrictParamConvertersTest.class.getDeclaredMethod("sample", Boolean.class, Integer.class, Long.class,
                LocalDate.class, State.class);
        assertEquals(5, StrictParamFilter.checksOf(m).size());
    }

    /** A new operation with a parameter type nobody checks would read bad values silently: it fails here. */
    @Test
    void everyQueryAndHeaderParameterOfTheApiHasAStrictType() throws IOException {
        Path classes = Path.of("target", "classes");
        List<String> unchecked = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (Throwable e) {
                    continue;
                }
                Method[] methods;
                try {
                    methods = type.getDeclaredMethods();
                } catch (Throwable e) {
                    continue;
                }
                for (Method method : methods) {
                    for (Parameter p : method.getParameters()) {
                        String param = null;
                        for (Annotation a : p.getAnnotations()) {
                            if (a instanceof QueryParam q) {
                                param = q.value();
                            } else if (a instanceof HeaderParam h) {
                                param = h.value();
                            }
                        }
                        if (param == null) {
                            continue;
                        }
                        seen++;
                        Class<?> t = p.getType();
                        if (t != String.class && !StrictParamConverters.supports(t)) {
                            unchecked.add(type.getSimpleName() + "." + method.getName() + "(" + param + ": "
                                    + t.getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(seen > 30, "the resources were found: " + seen);
        assertEquals(List.of(), unchecked, "use String, Integer, Long, Boolean, LocalDate or an enum, "
                + "or teach StrictParamConverters the new type");
    }
}
