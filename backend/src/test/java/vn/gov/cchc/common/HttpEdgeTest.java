package vn.gov.cchc.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

/**
 * Errors that Vert.x produces before REST (defect 7) and a malformed multipart body (defect 4) are
 * problem+json like every other error, and the API's responses carry nosniff and no-store (defect 8).
 * Requests are written on a socket, byte for byte, since an HTTP client would refuse to send them.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HttpEdgeTest {

    record Raw(int status, String head, JsonNode body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    static Raw send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String responseHead = text.substring(0, end);
            String content = text.substring(end + 4);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            JsonNode json = null;
            if (responseHead.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                content = content.substring(content.indexOf("\r\n") + 2);
            }
            int start = content.indexOf('{');
            if (start >= 0) {
                json = new ObjectMapper().readTree(content.substring(start, content.lastIndexOf('}') + 1));
            }
            return new Raw(status, responseHead, json);
        }
    }

    static void assertProblem(Raw r, int status) {
        assertEquals(status, r.status(), r.head());
        assertTrue(r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/problem+json"),
                r.head());
        assertTrue(r.body() != null, "a problem body: " + r.head());
        assertTrue(r.body().path("type").asText().startsWith("https://cchc.gov.vn/problems/"), r.body().toString());
        assertTrue(!r.body().path("title").asText().isEmpty(), r.body().toString());
        assertEquals(status, r.body().path("status").asInt());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r.head());
    }

    private static String get(String target, String token) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    }

    // --- defect 7

    @Test
    void aBodyOverTheLimitIsA413Problem() throws IOException {
        for (String token : new String[] { null, TestUsers.ptCoordinator() }) {
            Raw r = send("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 30000000\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n", "{".getBytes());
            assertProblem(r, 413);
            assertEquals("https://cchc.gov.vn/problems/payload-too-large", r.body().path("type").asText());
        }
    }

    @Test
    void aBadPercentEncodingIsA400Problem() throws IOException {
        Raw r = send(get("/api/v1/plans?q=%zz", TestUsers.ptCoordinator()), null);
        assertProblem(r, 400);
        assertEquals("query", r.body().path("errors").path(0).path("field").asText());
        assertProblem(send(get("/api/v1/plans?q=abc%", null), null), 400);
        assertProblem(send(get("/api/v1/plans/%zz", TestUsers.ptCoordinator()), null), 400);
        // a good one still works
        assertEquals(200, send(get("/api/v1/plans?q=k%E1%BA%BF", TestUsers.ptCoordinator()), null).status());
    }

    @Test
    void aUriOverFourKilobytesIsA414Problem() throws IOException {
        Raw r = send(get("/api/v1/plans?q=" + "a".repeat(5000), TestUsers.ptCoordinator()), null);
        assertProblem(r, 414);
        assertEquals("https://cchc.gov.vn/problems/uri-too-long", r.body().path("type").asText());
        assertProblem(send(get("/api/v1/plans?q=" + "a".repeat(20_000), null), null), 414);
    }

    // --- defect 4

    private static Raw multipart(String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send("POST /api/v1/reports/987654/evidence/files HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + TestUsers.namDanOfficer() + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);
    }

    @Test
    void malformedMultipartIsA400Problem() throws IOException {
        String quoteAndCrlf = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"b\r\n.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--XYZ--\r\n";
        assertProblem(multipart("multipart/form-data; boundary=XYZ", quoteAndCrlf), 400);
        String otherBoundary = "--ABC\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--ABC--\r\n";
        assertProblem(multipart("multipart/form-data; boundary=XYZ", otherBoundary), 400);
        assertProblem(multipart("multipart/form-data", otherBoundary), 400);
        // a well-formed one reaches the operation: that report does not exist
        Raw fine = multipart("multipart/form-data; boundary=ABC", otherBoundary);
        assertProblem(fine, 404);
    }

    // --- defect 8 (API part)

    @Test
    void privateResponsesAreNotStoredAndNeverSniffed() {
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", 987_654).then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        Api.anonymous().get("/api/v1/plans").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        Api.as(TestUsers.ptCoordinator()).accept("*/*").get("/api/v1/deadlines/export").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
