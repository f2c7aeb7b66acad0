package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checks of the HTTP edge and of unreadable bodies, without a server. */
class HttpEdgeRulesTest {

    @Test
    void uris() {
        assertTrue(HttpEdge.isValidUri("/api/v1/plans?q=k%E1%BA%BF&size=10"));
        assertTrue(HttpEdge.isValidUri("/api/v1/plans"));
        assertFalse(HttpEdge.isValidUri("/api/v1/plans?q=%zz"));
        assertFalse(HttpEdge.isValidUri("/api/v1/plans?q=abc%"));
        assertFalse(HttpEdge.isValidUri("/api/v1/plans?q=%4"));
        assertFalse(HttpEdge.isValidUri("/api/v1/pl ans"));
        assertEquals("query", HttpEdge.badPercentField("/api/v1/plans?q=%zz"));
        assertEquals("path", HttpEdge.badPercentField("/api/v1/plans/%zz?q=a"));
        assertEquals("path", HttpEdge.badPercentField("/api/v1/plans/%zz"));
        assertEquals("query", HttpEdge.badPercentField("/api/v1/plans?q=a b"));
    }

    @Test
    void multipartFailuresAreTheCallers() {
        assertTrue(ProblemMappers.isUnreadableRequest(
                new org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException()));
        assertTrue(ProblemMappers.isUnreadableRequest(new RuntimeException(
                new org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException())));
        assertFalse(ProblemMappers.isUnreadableRequest(new IllegalStateException("a bug of ours")));
    }
}
