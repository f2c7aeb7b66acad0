package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;

/** The problem mappers and the message texts, without a server. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    static Problem body(Response r) {
        assertEquals(ProblemMappers.PROBLEM_JSON, r.getMediaType().toString());
        return (Problem) r.getEntity();
    }

    @Test
    void aProblemExceptionBecomesItsTypeInTheCallersLanguage() {
        Response r = mappers.problem(ProblemException.invalidField("title", "error.query.boolean", "x"), null, null);
        assertEquals(400, r.getStatus());
        Problem p = body(r);
        assertEquals("https://cchc.gov.vn/problems/validation", p.type());
        assertEquals("Dữ liệu không hợp lệ", p.title());
        assertEquals(List.of(new FieldViolation("title", "giá trị \"x\" không hợp lệ; dùng true hoặc false")),
                p.errors());
        assertEquals("Các trường sau không hợp lệ: title.", p.detail());
        assertEquals("vi", r.getHeaderString("Content-Language"));
        Problem missing = body(mappers.problem(ProblemException.notFound("plan", 5), null, null));
        assertEquals(404, missing.status());
        assertNull(missing.errors());
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            String key = "problem." + type.slug() + ".title";
            assertTrue(!Messages.get(Messages.VI, key).equals(key), key);
            assertTrue(!Messages.get(Messages.EN, key).equals(key), key);
            assertTrue(!Messages.get(Messages.VI, key).equals(Messages.get(Messages.EN, key)), key);
        }
    }

    @Test
    void languageComesFromAcceptLanguage() {
        assertEquals(Messages.VI, Messages.localeOf(null));
        assertEquals(Messages.VI, Messages.localeOf("fr"));
        assertEquals(Messages.EN, Messages.localeOf("en-GB,en;q=0.8"));
        assertEquals(Messages.VI, Messages.localeOf("vi,en;q=0.5"));
        assertEquals(Messages.VI, Messages.localeOf(";;;=="));
        assertEquals("Invalid input", Messages.get(Messages.EN, "problem.validation.title"));
        assertEquals("no.such.key", Messages.get(Messages.EN, "no.such.key"));
    }

    @Test
    void malformedJsonNamesTheBody() throws Exception {
        JsonParseException e;
        try (var parser = new JsonFactory().createParser("{\"a\":")) {
            e = new JsonParseException(parser, "Unexpected end-of-input");
        }
        Problem p = body(mappers.json(e, null, null));
        assertEquals("https://cchc.gov.vn/problems/malformed-json", p.type());
        assertEquals("body", p.errors().get(0).field());
    }

    @Test
    void webExceptionsKeepTheirStatusAndAServerErrorHidesItsCause() {
        assertEquals(404, mappers.web(new NotFoundException(), null, null).getStatus());
        assertEquals(415, mappers.web(new WebApplicationException(415), null, null).getStatus());
        Response internal = mappers.web(new WebApplicationException("secret detail", 503), null, null);
        assertEquals(500, internal.getStatus());
        assertTrue(!body(internal).detail().contains("secret"), body(internal).detail());
        Response any = mappers.any(new IllegalStateException("boom"), null, null, null);
        assertEquals("https://cchc.gov.vn/problems/internal", body(any).type());
    }

    @Test
    void aBadBooleanParameterSaysTrueOrFalse() {
        var e = new StrictParamConverters.InvalidParameterException("dryRun", "1", StrictParamConverters.BOOLEAN);
        Problem p = body(mappers.invalidParameter(e, null, null));
        assertEquals("dryRun", p.errors().get(0).field());
        assertEquals("giá trị \"1\" không hợp lệ; dùng true hoặc false", p.errors().get(0).message());
    }
}
