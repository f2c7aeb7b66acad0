package vn.gov.cchc.people;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.KeycloakDirectory;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/**
 * The accounts API against the real Keycloak of the realm cchc (CCHC_TEST_KEYCLOAK_URL): tokens for our API
 * come from the test OIDC server, the backend drives Keycloak's admin API. Every account a test creates has a
 * login unique to the run and is deleted afterwards.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PeopleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static int seq;

    @Inject
    KeycloakAdmin proxy;

    /** The real directory, whatever a test installs in its place. */
    KeycloakAdmin keycloak;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void realDirectory() {
        KeycloakDirectory.assumeRunning();
        keycloak = ClientProxy.unwrap(proxy);
    }

    @AfterEach
    void deleteAccounts() {
        for (JsonNode u : keycloak.users(null, "t" + RUN, null, 500)) {
            if (u.path("username").asText().startsWith("t" + RUN)) {
                keycloak.deleteUser(u.path("id").asText());
            }
        }
    }

    static String login() {
        return "t" + RUN + "." + (++seq);
    }

    static Map<String, Object> input(String username, long unitId, String role) {
        return Map.of("username", username, "familyName", "Nguyễn Thị", "givenName", "Thử", "email", username + "@example.com",
                "unitId", unitId, "role", role);
    }

    Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/people");
    }

    String createOk(String token, Map<String, Object> body) {
        String id = create(token, body).then().statusCode(201).extract().path("id");
        created.add(id);
        return id;
    }

    @Test
    void aProvinceAdministratorCreatesMovesDisablesAndEnablesAnAccount() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        long nongTrang = Plans.unitId("PT-NONGTRANG");
        String username = login();
        Response r = create(TestUsers.ptAdmin(), input(username, vietTri, "officer"));
        r.then().statusCode(201).header("ETag", startsWith("\"")).header("Location", org.hamcrest.Matchers.containsString("/api/v1/people/"))
                .body("username", equalTo(username)).body("familyName", equalTo("Nguyễn Thị")).body("givenName", equalTo("Thử"))
                .body("email", equalTo(username + "@example.com")).body("role", equalTo("officer"))
                .body("unitCode", equalTo("PT-VIETTRI")).body("unitId", equalTo((int) vietTri)).body("enabled", equalTo(true));
        String id = r.path("id");

        // Keycloak has it as the token will carry it: the unit attribute and the realm role
        JsonNode kc = keycloak.user(id).orElseThrow();
        assertEquals("PT-VIETTRI", KeycloakAdmin.attribute(kc, "unit"));
        assertTrue(keycloak.realmRoles(id).contains("officer"));

        // the unit's people, for its administrator and for the province's coordinator
        Api.as(TestUsers.ptAdmin()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(200)
                .body("username", hasItem(username)).body("username", hasItem("viettri.officer"));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(200)
                .body("username", hasItem(username));
        Api.as(TestUsers.ptAdmin()).queryParam("unitId", vietTri).queryParam("q", username).get("/api/v1/people").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        // move to another unit and make a leader: If-Match is required and must be current
        String etag = Api.as(TestUsers.ptAdmin()).get("/api/v1/people/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> move = Map.of("familyName", "Nguyễn Thị", "givenName", "Thử", "email", username + "@example.com",
                "unitId", nongTrang, "role", "leader");
        Api.as(TestUsers.ptAdmin()).body(move).put("/api/v1/people/" + id).then().statusCode(428);
        Api.as(TestUsers.ptAdmin()).header("If-Match", "\"0\"").body(move).put("/api/v1/people/" + id).then().statusCode(412);
        String moved = Api.as(TestUsers.ptAdmin()).header("If-Match", etag).body(move).put("/api/v1/people/" + id).then()
                .statusCode(200).body("unitCode", equalTo("PT-NONGTRANG")).body("role", equalTo("leader")).extract().header("ETag");
        assertFalse(etag.equals(moved), "the ETag follows the account");
        kc = keycloak.user(id).orElseThrow();
        assertEquals("PT-NONGTRANG", KeycloakAdmin.attribute(kc, "unit"));
        assertTrue(keycloak.realmRoles(id).contains("leader"));
        assertFalse(keycloak.realmRoles(id).contains("officer"), "the old role is taken away");
        Api.as(TestUsers.ptAdmin()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(200)
                .body("username", not(hasItem(username)));
        // a stale ETag after the move
        Api.as(TestUsers.ptAdmin()).header("If-Match", etag).body(move).put("/api/v1/people/" + id).then().statusCode(412);

        // another account's e-mail on a change: 409 naming it, and the account unchanged
        Map<String, Object> taken = new java.util.HashMap<>(move);
        taken.put("email", "viettri.officer@example.com");
        Api.as(TestUsers.ptAdmin()).header("If-Match", moved).body(taken).put("/api/v1/people/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("email"));
        assertEquals(username + "@example.com", keycloak.user(id).orElseThrow().path("email").asText());
        // the test realm has no SMTP server: a clear problem, not a 500
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + id + "/password-setup-email").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("SMTP"));

        // disable, enable
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        assertFalse(keycloak.user(id).orElseThrow().path("enabled").asBoolean());
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + id + "/password-setup-email").then().statusCode(409);
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        assertTrue(keycloak.user(id).orElseThrow().path("enabled").asBoolean());
    }

    @Test
    void aCalendarLinkStopsWorkingWhenItsAccountMovesOrIsDisabled() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        long nongTrang = Plans.unitId("PT-NONGTRANG");
        String username = login();
        String id = createOk(TestUsers.ptAdmin(), input(username, vietTri, "officer"));
        String link = feed(TestUsers.token(username, "PT-VIETTRI", "officer"));
        ics(link, vietTri).then().statusCode(200);

        // moved to Nông Trang: the Việt Trì link answers as if it did not exist
        String etag = Api.as(TestUsers.ptAdmin()).get("/api/v1/people/" + id).then().statusCode(200).extract().header("ETag");
        Api.as(TestUsers.ptAdmin()).header("If-Match", etag)
                .body(Map.of("familyName", "Nguyễn Thị", "givenName", "Thử", "email", username + "@example.com", "unitId",
                        nongTrang, "role", "officer"))
                .put("/api/v1/people/" + id).then().statusCode(200);
        ics(link, vietTri).then().statusCode(404);
        Api.as(TestUsers.token(username, "PT-NONGTRANG", "officer")).get("/api/v1/me/calendar-feed").then().statusCode(200)
                .body("exists", equalTo(false));

        // a new link, made in the new unit, works until the account is disabled
        String again = feed(TestUsers.token(username, "PT-NONGTRANG", "officer"));
        ics(again, nongTrang).then().statusCode(200);
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + id + "/disable").then().statusCode(200);
        ics(again, nongTrang).then().statusCode(404);
    }

    private static String feed(String token) {
        return Api.as(token).post("/api/v1/me/calendar-feed").then().statusCode(200).extract().path("urlTemplate");
    }

    private static Response ics(String urlTemplate, long unitId) {
        return io.restassured.RestAssured.given().urlEncodingEnabled(false)
                .get(urlTemplate.replaceFirst("^https?://[^/]+", "").replace("{unitId}", String.valueOf(unitId)));
    }

    @Test
    void aTemporaryPasswordSignsInOnKeycloaksPageWhichAsksForANewOneAndTheTokenCarriesUnitAndRole() throws Exception {
        long vietTri = Plans.unitId("PT-VIETTRI");
        String username = login();
        String id = createOk(TestUsers.admin(), input(username, vietTri, "officer"));
        Response r = Api.as(TestUsers.admin()).post("/api/v1/people/" + id + "/temporary-password");
        r.then().statusCode(200).body("temporary", equalTo(true)).header("Cache-Control", "no-store");
        String password = r.path("password");
        assertTrue(password.length() >= 12);

        JsonNode user = keycloak.user(id).orElseThrow();
        assertTrue(JSON.convertValue(user.path("requiredActions"), List.class).contains("UPDATE_PASSWORD"),
                "Keycloak asks for a new password at the first sign-in: " + user.path("requiredActions"));
        List<String> types = new ArrayList<>();
        keycloak.credentials(id).forEach(c -> types.add(c.path("type").asText()));
        assertEquals(List.of("password"), types);

        Map<String, Object> claims = signIn(username, password, "Moi-" + password);
        assertEquals("PT-VIETTRI", claims.get("unit"));
        assertTrue(String.valueOf(claims.get("realm_access")).contains("officer"), String.valueOf(claims.get("realm_access")));
    }

    @Test
    void aTakenLoginOrEmailIsA409NamingTheFieldAndCreatesNothing() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        String username = login();
        createOk(TestUsers.ptAdmin(), input(username, vietTri, "officer"));
        String other = login();
        Map<String, Object> sameEmail = new java.util.HashMap<>(input(other, vietTri, "officer"));
        sameEmail.put("email", username + "@example.com");
        create(TestUsers.ptAdmin(), sameEmail).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        Map<String, Object> sameLogin = new java.util.HashMap<>(input(username, vietTri, "leader"));
        sameLogin.put("email", other + ".x@example.com");
        create(TestUsers.ptAdmin(), sameLogin).then().statusCode(409).body("errors[0].field", equalTo("username"));
        assertTrue(keycloak.users(null, other, null, 10).isEmpty(), "nothing of the refused account is left");
        // an existing demo e-mail, in any case
        Map<String, Object> demoEmail = new java.util.HashMap<>(input(other, vietTri, "officer"));
        demoEmail.put("email", "VIETTRI.officer@example.com");
        create(TestUsers.ptAdmin(), demoEmail).then().statusCode(409).body("errors[0].field", equalTo("email"));
    }

    @Test
    void badInputNamesTheField() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        Map<String, Object> bad = new java.util.HashMap<>(input(login(), vietTri, "officer"));
        bad.put("username", "Không Dấu");
        bad.put("email", "not-an-email");
        create(TestUsers.admin(), bad).then().statusCode(400).body("errors.field", hasItem("username")).body("errors.field",
                hasItem("email"));
        create(TestUsers.admin(), input(login(), 987654321L, "officer")).then().statusCode(400).body("errors[0].field",
                equalTo("unitId"));
        create(TestUsers.admin(), input(login(), vietTri, "admin")).then().statusCode(400).body("errors[0].field", equalTo("role"));
        create(TestUsers.admin(), input(login(), vietTri, "integration")).then().statusCode(400).body("errors[0].field",
                equalTo("role"));
        assertTrue(keycloak.users(null, "t" + RUN, null, 50).isEmpty());
    }

    @Test
    void aProvinceAdministratorManagesOnlyTheirProvince() {
        long hySnv = Plans.unitId("HY-SNV");
        long hy = Plans.unitId("HY");
        long pt = Plans.unitId("PT");
        // a Hưng Yên unit is not theirs: not a unit they may put accounts in, and its people are not found
        create(TestUsers.ptAdmin(), input(login(), hySnv, "officer")).then().statusCode(400).body("errors[0].field",
                equalTo("unitId"));
        Api.as(TestUsers.ptAdmin()).get("/api/v1/units/" + hy + "/people").then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).queryParam("unitId", hy).get("/api/v1/people").then().statusCode(404);
        String hyCoordinator = keycloak.users(null, "hy.coordinator", null, 5).get(0).path("id").asText();
        Api.as(TestUsers.ptAdmin()).get("/api/v1/people/" + hyCoordinator).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + hyCoordinator + "/disable").then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + hyCoordinator + "/temporary-password").then().statusCode(404);
        assertTrue(keycloak.user(hyCoordinator).orElseThrow().path("enabled").asBoolean());
        // Hưng Yên's administrator sees it
        Api.as(TestUsers.hyAdmin()).get("/api/v1/people/" + hyCoordinator).then().statusCode(200).body("role", equalTo("coordinator"));
        // the list holds Phú Thọ's accounts only
        List<String> units = Api.as(TestUsers.ptAdmin()).queryParam("size", 100).get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getList("items.unitCode");
        assertTrue(units.contains("PT-VIETTRI"), units.toString());
        assertTrue(units.stream().allMatch(c -> c.startsWith("PT")), units.toString());
        // only a global admin grants province-admin; nobody the admin role through the API
        create(TestUsers.ptAdmin(), input(login(), pt, "province-admin")).then().statusCode(403);
        String ptAdminAccount = keycloak.users(null, "pt.admin", null, 5).get(0).path("id").asText();
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + ptAdminAccount + "/disable").then().statusCode(403);
        String id = createOk(TestUsers.admin(), input(login(), pt, "province-admin"));
        Api.as(TestUsers.admin()).get("/api/v1/people/" + id).then().statusCode(200).body("role", equalTo("province-admin"));
        // the global admin's own list has everyone
        Api.as(TestUsers.admin()).queryParam("q", "hy.coordinator").get("/api/v1/people").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void coordinatorsAndLeadersReadButDoNotWrite() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        long hySnv = Plans.unitId("HY-SNV");
        long namDan = Plans.unitId("TQ-NAMDAN");
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(200)
                .body("username", hasItem("viettri.leader"));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/units/" + hySnv + "/people").then().statusCode(404);
        create(TestUsers.ptCoordinator(), input(login(), vietTri, "officer")).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/people").then().statusCode(403);
        String viettriOfficer = keycloak.users(null, "viettri.officer", null, 5).get(0).path("id").asText();
        Api.as(TestUsers.ptCoordinator()).post("/api/v1/people/" + viettriOfficer + "/disable").then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).post("/api/v1/people/" + viettriOfficer + "/temporary-password").then().statusCode(403);
        // a leader: their own unit only
        Api.as(TestUsers.namDanLeader()).get("/api/v1/units/" + namDan + "/people").then().statusCode(200)
                .body("username", hasItem("namdan.officer"));
        Api.as(TestUsers.namDanLeader()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(404);
        // officers, viewers, integrations: no
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/units/" + namDan + "/people").then().statusCode(403);
        Api.as(TestUsers.hyViewer()).get("/api/v1/units/" + Plans.unitId("HY") + "/people").then().statusCode(403);
        Api.as(TestUsers.integration()).get("/api/v1/units/" + namDan + "/people").then().statusCode(403);
        assertTrue(keycloak.user(viettriOfficer).orElseThrow().path("enabled").asBoolean());
    }

    @Test
    void keycloakUnreachableIs503AndChangesNothing() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        String viettriOfficer = keycloak.users(null, "viettri.officer", null, 5).get(0).path("id").asText();
        TestKeycloak.installUnreachable(proxy);
        String username = login();
        create(TestUsers.ptAdmin(), input(username, vietTri, "officer")).then().statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("https://cchc.gov.vn/problems/directory-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("Keycloak"));
        Api.as(TestUsers.ptAdmin()).get("/api/v1/units/" + vietTri + "/people").then().statusCode(503);
        Api.as(TestUsers.ptAdmin()).get("/api/v1/people").then().statusCode(503);
        Api.as(TestUsers.ptAdmin()).post("/api/v1/people/" + viettriOfficer + "/disable").then().statusCode(503);
        assertTrue(keycloak.users(null, username, null, 5).isEmpty(), "no account was created");
        assertTrue(keycloak.user(viettriOfficer).orElseThrow().path("enabled").asBoolean());
    }

    @Test
    void creationIsAllOrNothingWhenTheRoleCannotBeMapped() {
        long vietTri = Plans.unitId("PT-VIETTRI");
        TestKeycloak.installRefusingRoles(proxy);
        String username = login();
        create(TestUsers.ptAdmin(), input(username, vietTri, "officer")).then().statusCode(502)
                .body("type", equalTo("https://cchc.gov.vn/problems/directory-refused"));
        assertTrue(keycloak.users(null, username, null, 5).isEmpty(), "the half-made account was deleted again");
    }

    // --- signing in on Keycloak's page, as a browser does (authorization code with PKCE, public client cchc-spa)

    private Map<String, Object> signIn(String username, String password, String newPassword) throws Exception {
        String kc = System.getenv("CCHC_TEST_KEYCLOAK_URL").replaceAll("/+$", "");
        // Keycloak's cookies are Secure (SameSite=None), which java.net's cookie store will not send over http:
        // a jar of our own, like a browser on localhost
        Map<String, String> jar = new java.util.LinkedHashMap<>();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString((RUN + "-verifier-" + System.nanoTime()).repeat(2).getBytes());
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:5174/";
        String auth = kc + "/realms/cchc/protocol/openid-connect/auth?client_id=cchc-spa&response_type=code&scope=openid"
                + "&redirect_uri=" + KeycloakAdmin.enc(redirect) + "&code_challenge=" + challenge + "&code_challenge_method=S256";
        HttpResponse<String> page = send(browser, jar, HttpRequest.newBuilder(URI.create(auth)).GET());
        assertEquals(200, page.statusCode(), page.body());
        page = follow(browser, jar, post(browser, jar, formAction(page.body()), Map.of("username", username, "password", password)),
                redirect);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("password-new"), "Keycloak accepted the temporary password and asks for a new one");
        page = follow(browser, jar, post(browser, jar, formAction(page.body()), Map.of("password-new", newPassword, "password-confirm", newPassword)),
                redirect);
        assertEquals(302, page.statusCode(), page.body());
        String location = page.headers().firstValue("Location").orElseThrow();
        Matcher code = java.util.regex.Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(code.find(), location);
        HttpResponse<String> token = post(browser, jar, kc + "/realms/cchc/protocol/openid-connect/token",
                Map.of("grant_type", "authorization_code", "client_id", "cchc-spa", "redirect_uri", redirect, "code",
                        java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "code_verifier", verifier));
        assertEquals(200, token.statusCode(), token.body());
        String access = JSON.readTree(token.body()).path("access_token").asText();
        assertNotNull(access);
        String payload = new String(Base64.getUrlDecoder().decode(access.split("\\.")[1]), StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = JSON.readValue(payload, Map.class);
        return claims;
    }

    /** Follows Keycloak's own redirects (to its required-action pages), stopping at the application's. */
    private static HttpResponse<String> follow(HttpClient browser, Map<String, String> jar, HttpResponse<String> r, String app)
            throws Exception {
        for (int i = 0; i < 5 && r.statusCode() == 302; i++) {
            String location = r.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(app)) {
                return r;
            }
            r = send(browser, jar, HttpRequest.newBuilder(URI.create(location)).GET());
        }
        return r;
    }

    private static String formAction(String html) {
        Matcher m = java.util.regex.Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a form on Keycloak's page");
        return m.group(1).replace("&amp;", "&");
    }

    private static HttpResponse<String> post(HttpClient browser, Map<String, String> jar, String url, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(e -> KeycloakAdmin.enc(e.getKey()) + "=" + KeycloakAdmin.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(browser, jar, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpClient browser, Map<String, String> jar, HttpRequest.Builder request) throws Exception {
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> r = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return r;
    }
}
