package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The strict JSON reader and the field-named reasons the problem mapper gives, without a server. */
class JsonConfigTest {

    enum Kind {
        CCHC, COMMUNICATION, PAPI
    }

    record Body(Kind kind, String title, Integer year, Long unitId, List<String> recipients, LocalDate issuedOn,
            Boolean flag) {
    }

    static final ObjectMapper MAPPER = mapper();

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule()); // as Quarkus does, before our customizer
        new JsonConfig().customize(m);
        return m;
    }

    static JsonMappingException refused(String json) {
        return assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, Body.class), json);
    }

    static String field(String json) {
        return ProblemMappers.jsonPath(refused(json));
    }

    static String reason(String json) {
        return ProblemMappers.reasonFor(Messages.EN, refused(json));
    }

    @Test
    void valuesOfTheRightTypeAreRead() throws Exception {
        Body b = MAPPER.readValue("{\"kind\":\"PAPI\",\"title\":\"Kế\u00a0hoạch\",\"year\":2026,\"unitId\":19,"
                + "\"recipients\":[\"Bộ Nội vụ\"],\"issuedOn\":\"2026-01-31\",\"flag\":false}", Body.class);
        assertEquals(new Body(Kind.PAPI, "Kế hoạch", 2026, 19L, List.of("Bộ Nội vụ"), LocalDate.of(2026, 1, 31),
                false), b);
    }

    @Test
    void noCoercion() {
        assertEquals("kind", field("{\"kind\":2}"));
        assertEquals("kind", field("{\"kind\":\"2\"}"));
        assertEquals("kind", field("{\"kind\":\"papi\"}"));
        assertEquals("title", field("{\"title\":true}"));
        assertEquals("title", field("{\"title\":42}"));
        assertEquals("title", field("{\"title\":1.5}"));
        assertEquals("title", field("{\"title\":[\"a\"]}"));
        assertEquals("year", field("{\"year\":\"2026\"}"));
        assertEquals("year", field("{\"year\":2026.0}"));
        assertEquals("year", field("{\"year\":\"\"}"));
        assertEquals("unitId", field("{\"unitId\":\"19\"}"));
        assertEquals("recipients[1]", field("{\"recipients\":[\"a\",123]}"));
        assertEquals("recipients", field("{\"recipients\":\"a\"}"));
        assertEquals("flag", field("{\"flag\":1}"));
        assertEquals("flag", field("{\"flag\":\"true\"}"));
        assertEquals("value \"2026\" is not a valid whole number", reason("{\"year\":\"2026\"}").replace("\u201c", "\""));
    }

    @Test
    void datesAreYearMonthDay() {
        for (String bad : new String[] { "\"2026-01-01T23:30:00Z\"", "\"2026-01-01T23:30:00\"",
                "\"2026-01-01T23:30:00+07:00\"", "\"2026-1-1\"", "\"2026-02-30\"", "\"\"", "20454", "[2026,1,1]",
                "\"+2026-01-01\"" }) {
            assertEquals("issuedOn", field("{\"issuedOn\":" + bad + "}"), bad);
        }
    }

    @Test
    void badTextIsNamedWithItsPosition() {
        assertEquals("title", field("{\"title\":\"a\\u0000b\"}"));
        assertEquals("recipients[0]", field("{\"recipients\":[\"\\ud800\"]}"));
        String reason = ProblemMappers.reasonFor(Locale.ENGLISH, refused("{\"title\":\"ab\\u0007\"}"));
        assertEquals("control character U+0007 at position 3 is not allowed", reason);
    }
}
