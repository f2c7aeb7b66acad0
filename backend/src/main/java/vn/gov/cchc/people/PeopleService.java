package vn.gov.cchc.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.cchc.common.FieldViolation;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.people.KeycloakAdmin.Answer;
import vn.gov.cchc.people.PeopleDtos.PersonInput;
import vn.gov.cchc.people.PeopleDtos.PersonPage;
import vn.gov.cchc.people.PeopleDtos.PersonUpdate;
import vn.gov.cchc.people.PeopleDtos.PersonView;
import vn.gov.cchc.people.PeopleDtos.TemporaryPassword;
import vn.gov.cchc.security.PeopleAccess;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * The accounts of the province's people, kept in Keycloak. Nothing of a person is stored in the product's
 * database: work (plans, tasks, deadlines, reports) belongs to units, so moving a person to another unit
 * moves no work; it changes the account's {@code unit} attribute, which the next token carries.
 */
@ApplicationScoped
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class);
    static final String UNIT = "unit";
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final Pattern EMAIL = Pattern
            .compile("^[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_ACCOUNTS = 10_000;
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    UnitService units;

    @Inject
    PeopleAccess access;

    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changed;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    // --- reading

    /** The accounts of a unit (enabled or not), for those who may read its people. */
    public List<PersonView> ofUnit(long unitId) {
        Unit unit = units.get(unitId);
        if (!access.mayReadPeople()) {
            throw ProblemException.forbidden("error.forbidden-role");
        }
        if (!access.mayReadPeopleOf(unit)) {
            throw ProblemException.notFound("unit", unitId);
        }
        List<JsonNode> users = new ArrayList<>(keycloak.usersWithAttribute(UNIT, unit.code, null));
        users.sort(Comparator.comparing(u -> u.path("username").asText()));
        Map<String, Optional<Unit>> cache = new HashMap<>();
        cache.put(unit.code, Optional.of(unit));
        return users.stream().map(u -> view(u, cache)).toList();
    }

    /** The accounts in the caller's administration scope, optionally of one unit and matching a text. */
    public PersonPage list(Long unitId, String q, int page, int size) {
        requireManager();
        List<JsonNode> users;
        if (unitId != null) {
            Unit unit = units.find(unitId).filter(access::mayManagePeopleOf)
                    .orElseThrow(() -> ProblemException.notFound("unit", unitId));
            users = keycloak.usersWithAttribute(UNIT, unit.code, null);
        } else {
            users = keycloak.users(null, null, null, MAX_ACCOUNTS);
            Optional<Unit> scope = access.managementScope();
            if (scope.isPresent()) {
                Set<String> codes = units.subtree(scope.get()).stream().map(u -> u.code).collect(Collectors.toSet());
                users = users.stream().filter(u -> codes.contains(KeycloakAdmin.attribute(u, UNIT))).toList();
            }
        }
        if (q != null && !q.isBlank()) {
            String needle = TextNormalizer.searchable(q);
            users = users.stream().filter(u -> TextNormalizer.searchable(String.join(" ", u.path("username").asText(),
                    u.path("lastName").asText(), u.path("firstName").asText(), u.path("email").asText())).contains(needle))
                    .toList();
        }
        List<JsonNode> sorted = new ArrayList<>(users);
        sorted.sort(Comparator.comparing(u -> u.path("username").asText()));
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        Map<String, Optional<Unit>> cache = new HashMap<>();
        List<PersonView> items = sorted.subList(from, to).stream().map(u -> view(u, cache)).toList();
        return new PersonPage(items, page, size, sorted.size());
    }

    /** One account in the caller's administration scope, with its ETag. */
    public Versioned get(String id) {
        requireManager();
        JsonNode user = managed(id);
        PersonView view = view(user, new HashMap<>());
        return new Versioned(view, etag(view));
    }

    public record Versioned(PersonView person, String etag) {
    }

    // --- changing

    /** Creates the account, all or nothing: when its role cannot be mapped, the new user is deleted again. */
    public Versioned create(PersonInput in) {
        requireManager();
        List<FieldViolation> bad = new ArrayList<>();
        String username = in.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            bad.add(violation("username", "error.people.username-format"));
        }
        String email = in.email().strip();
        checkEmail(email, bad);
        Unit unit = unitInScope(in.unitId(), bad);
        checkRoleName(in.role(), bad);
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
        requireGrantable(in.role());
        ObjectNode rep = json.createObjectNode();
        rep.put("username", username).put("email", email).put("firstName", in.givenName().strip())
                .put("lastName", in.familyName().strip()).put("enabled", true).put("emailVerified", false);
        rep.putObject("attributes").putArray(UNIT).add(unit.code);
        Answer a = keycloak.createUser(rep);
        refusedInput(a, username);
        keycloak.expect(a, "POST user");
        String id = a.location().map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseGet(() -> keycloak.users(null, username, null, 50).stream()
                        .filter(u -> username.equals(u.path("username").asText())).findFirst()
                        .map(u -> u.path("id").asText()).orElseThrow(KeycloakAdmin::refused));
        try {
            keycloak.changeRealmRoles(id, List.of(in.role()), List.of());
        } catch (RuntimeException e) {
            LOG.warnf("Role %s could not be mapped to the new account %s: deleting it again", in.role(), username);
            try {
                keycloak.deleteUser(id);
            } catch (RuntimeException again) {
                LOG.errorf("The half-created account %s (%s) could not be deleted: %s; delete it in Keycloak's console",
                        username, id, again.getMessage());
            }
            throw e;
        }
        return get(id);
    }

    /** Changes names, e-mail, unit and role; {@code ifMatch} must be the ETag of the account as last read. */
    public Versioned update(String id, String ifMatch, PersonUpdate in) {
        requireManager();
        JsonNode user = managed(id);
        PersonView before = view(user, new HashMap<>());
        requireMatch(ifMatch, etag(before));
        List<FieldViolation> bad = new ArrayList<>();
        String email = in.email().strip();
        checkEmail(email, bad);
        Unit unit = unitInScope(in.unitId(), bad);
        checkRoleName(in.role(), bad);
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
        requireGrantable(in.role());
        ObjectNode rep = user.deepCopy();
        rep.remove("access");
        rep.put("email", email).put("firstName", in.givenName().strip()).put("lastName", in.familyName().strip());
        if (!email.equalsIgnoreCase(user.path("email").asText(""))) {
            rep.put("emailVerified", false);
        }
        rep.with("attributes").putArray(UNIT).add(unit.code);
        Answer a = keycloak.updateUser(id, rep);
        refusedInput(a, null);
        keycloak.expect(a, "PUT user");
        if (!in.role().equals(before.role())) {
            try {
                List<String> remove = before.role() == null ? List.of() : List.of(before.role());
                keycloak.changeRealmRoles(id, List.of(in.role()), remove);
            } catch (RuntimeException e) {
                LOG.warnf("Role of %s could not be changed: restoring the account as it was", id);
                restore(id, user);
                throw e;
            }
        }
        if (!in.role().equals(before.role()) || !unit.code.equals(before.unitCode())) {
            changed.fire(new AccountChanged(before.username()));
        }
        return get(id);
    }

    public Versioned setEnabled(String id, boolean enabled) {
        requireManager();
        JsonNode user = managed(id);
        ObjectNode rep = user.deepCopy();
        rep.remove("access");
        rep.put("enabled", enabled);
        keycloak.expect(keycloak.updateUser(id, rep), "PUT user");
        if (!enabled) {
            changed.fire(new AccountChanged(user.path("username").asText()));
        }
        return get(id);
    }

    public TemporaryPassword temporaryPassword(String id) {
        requireManager();
        managed(id);
        String password = generatePassword();
        keycloak.expect(keycloak.resetPassword(id, password, true), "reset password");
        return new TemporaryPassword(password, true);
    }

    /** Keycloak e-mails the person a link to choose their password (required action UPDATE_PASSWORD). */
    public void passwordSetupEmail(String id) {
        requireManager();
        JsonNode user = managed(id);
        if (!user.path("enabled").asBoolean(true)) {
            throw ProblemException.invalidState(List.of("enable"), "error.people.disabled");
        }
        if (user.path("email").asText("").isBlank()) {
            throw new ProblemException(ProblemType.CONFLICT, "error.people.no-email");
        }
        Answer a = keycloak.callRaw("PUT", "/users/" + KeycloakAdmin.enc(id) + "/execute-actions-email",
                json.createArrayNode().add("UPDATE_PASSWORD"));
        if (a.ok()) {
            return;
        }
        if (a.status() >= 500 && a.body().contains("Failed to send")) {
            LOG.warnf("Keycloak cannot send e-mail (realm SMTP settings): %s", a.body());
            throw new ProblemException(ProblemType.CONFLICT, "error.people.mail-unavailable");
        }
        if (a.status() >= 500) {
            throw KeycloakAdmin.unavailable();
        }
        throw KeycloakAdmin.refused();
    }

    // --- rules and helpers

    private void requireManager() {
        if (!access.mayManagePeople()) {
            throw ProblemException.forbidden("error.forbidden-role");
        }
    }

    /**
     * The account, if the caller may manage it: its unit in the caller's scope (global admins: any account),
     * else 404; its role one the caller may grant, else 403.
     */
    private JsonNode managed(String id) {
        JsonNode user = keycloak.user(id).orElseThrow(() -> ProblemException.notFound("person", id));
        if (!access.isGlobalAdmin()) {
            Optional<Unit> unit = units.findByCode(KeycloakAdmin.attribute(user, UNIT));
            if (unit.isEmpty() || !access.mayManagePeopleOf(unit.get())) {
                throw ProblemException.notFound("person", id);
            }
        }
        for (String role : keycloak.realmRoles(id)) {
            if (PeopleAccess.ACCOUNT_ROLES.contains(role) && !access.mayGrant(role)) {
                throw ProblemException.forbidden("error.people.account-not-manageable", role);
            }
        }
        return user;
    }

    private Unit unitInScope(Long unitId, List<FieldViolation> bad) {
        Optional<Unit> unit = units.find(unitId).filter(access::mayManagePeopleOf);
        if (unit.isEmpty()) {
            bad.add(violation("unitId", "error.people.unit-out-of-scope"));
            return null;
        }
        return unit.get();
    }

    private static void checkEmail(String email, List<FieldViolation> bad) {
        if (!EMAIL.matcher(email).matches()) {
            bad.add(violation("email", "error.people.email-format"));
        }
    }

    private static void checkRoleName(String role, List<FieldViolation> bad) {
        if (!PeopleAccess.GRANTABLE.contains(role)) {
            bad.add(violation("role", "error.people.role-unknown"));
        }
    }

    private void requireGrantable(String role) {
        if (!access.mayGrant(role)) {
            throw ProblemException.forbidden("error.people.role-not-grantable", role);
        }
    }

    private static FieldViolation violation(String field, String key) {
        return new FieldViolation(field, "{" + key + "}");
    }

    /** A 409 for a taken login or e-mail, a 400 for a value Keycloak's user profile refused. */
    private void refusedInput(Answer a, String username) {
        if (a.status() == 409) {
            // "User exists with same username", "... same email"; older versions: "... same username or email"
            String field = a.body().contains("same email") || username == null ? "email" : "username";
            if (username != null && a.body().contains("username or email")) {
                boolean taken = keycloak.users(null, username, null, 50).stream().anyMatch(u -> username.equals(u.path("username").asText()));
                field = taken ? "username" : "email";
            }
            throw ProblemException.of(ProblemType.CONFLICT, field, "error.people." + field + "-taken");
        }
        if (a.status() == 400) {
            List<FieldViolation> bad = new ArrayList<>();
            for (String[] f : new String[][] { { "email", "email" }, { "firstName", "givenName" }, { "lastName", "familyName" },
                    { "username", "username" }, { UNIT, "unitId" } }) {
                if (a.body().contains("\"field\":\"" + f[0] + "\"")) {
                    bad.add(violation(f[1], "error.people.refused-value"));
                }
            }
            if (bad.isEmpty()) {
                LOG.errorf("Keycloak refused an account: %s", a.body());
                throw KeycloakAdmin.refused();
            }
            throw ProblemException.invalid(bad);
        }
    }

    private void restore(String id, JsonNode user) {
        ObjectNode rep = user.deepCopy();
        rep.remove("access");
        try {
            keycloak.updateUser(id, rep);
        } catch (RuntimeException e) {
            LOG.errorf("Account %s could not be restored after a failed role change: %s", id, e.getMessage());
        }
    }

    PersonView view(JsonNode u, Map<String, Optional<Unit>> cache) {
        String id = u.path("id").asText();
        String code = KeycloakAdmin.attribute(u, UNIT);
        Optional<Unit> unit = code == null ? Optional.empty() : cache.computeIfAbsent(code, units::findByCode);
        List<String> roles = keycloak.realmRoles(id);
        String role = PeopleAccess.ACCOUNT_ROLES.stream().filter(roles::contains).findFirst().orElse(null);
        return new PersonView(id, u.path("username").asText(), text(u, "lastName"), text(u, "firstName"), text(u, "email"), role,
                unit.map(x -> x.id).orElse(null), code, unit.map(x -> x.name).orElse(null), u.path("enabled").asBoolean(true));
    }

    private static String text(JsonNode u, String field) {
        String s = u.path(field).asText(null);
        return s == null || s.isBlank() ? null : s;
    }

    /** The ETag of an account: a hash of what the API shows of it (Keycloak users carry no version). */
    static String etag(PersonView p) {
        String s = String.join("\u0000", p.username(), String.valueOf(p.familyName()), String.valueOf(p.givenName()),
                String.valueOf(p.email()), String.valueOf(p.role()), String.valueOf(p.unitCode()), String.valueOf(p.enabled()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "error.if-match.required");
        }
        if (ifMatch.strip().equals("*")) {
            return;
        }
        for (String part : ifMatch.split(",")) {
            String tag = part.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + current + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "error.people.stale");
    }

    static String generatePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i == 4 || i == 9) {
                b.append('-');
            } else {
                b.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
            }
        }
        return b.toString();
    }
}
