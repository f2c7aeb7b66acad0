package vn.gov.cchc.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cchc.people.KeycloakAdmin;

/**
 * The people of a unit: the enabled users of the Keycloak realm whose {@code unit} attribute is the
 * unit's code, read through people/'s Keycloak admin client (the backend's service account). Without a
 * configured Keycloak it knows nobody and says so; when Keycloak fails it throws.
 */
@ApplicationScoped
public class PersonDirectory {

    private static final Logger LOG = Logger.getLogger(PersonDirectory.class);

    @Inject
    KeycloakAdmin keycloak;

    public boolean configured() {
        return keycloak.configured();
    }

    /** Above this many units, one listing of the realm's users is cheaper than one search per unit. */
    private static final int PER_UNIT_SEARCHES = 10;

    /**
     * The enabled users of each of the units with the given codes (a unit without any is absent): one search per
     * unit for a few units, one listing of the realm's enabled users for many (a day's reminders reach hundreds).
     */
    public Map<String, List<Person>> membersOf(Collection<String> unitCodes) {
        Map<String, List<Person>> out = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return out;
        }
        if (!configured()) {
            LOG.warnf("No user directory configured (cchc.directory.keycloak-url): nobody of %d unit(s) can be e-mailed", unitCodes.size());
            return out;
        }
        if (unitCodes.size() <= PER_UNIT_SEARCHES) {
            for (String code : unitCodes) {
                List<Person> people = membersOf(code);
                if (!people.isEmpty()) {
                    out.put(code, people);
                }
            }
            return out;
        }
        Set<String> wanted = new HashSet<>(unitCodes);
        for (JsonNode u : keycloak.users(null, null, true, 100_000)) {
            String unit = KeycloakAdmin.attribute(u, "unit");
            if (unit != null && wanted.contains(unit)) {
                person(u).ifPresent(p -> out.computeIfAbsent(unit, k -> new ArrayList<>()).add(p));
            }
        }
        return out;
    }

    /** The enabled users of the unit with the given code. */
    public List<Person> membersOf(String unitCode) {
        if (!configured()) {
            LOG.warnf("No user directory configured (cchc.directory.keycloak-url): nobody of %s can be e-mailed", unitCode);
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        for (JsonNode u : keycloak.usersWithAttribute("unit", unitCode, true)) {
            person(u).ifPresent(out::add);
        }
        return out;
    }

    /** A user with an e-mail address, as a person to write to; empty without one. */
    private static Optional<Person> person(JsonNode u) {
        String email = u.path("email").asText("");
        if (email.isBlank()) {
            return Optional.empty();
        }
        String family = u.path("lastName").asText("");
        String given = u.path("firstName").asText("");
        String name = (family + " " + given).trim();
        return Optional.of(new Person(u.path("username").asText(), email, name.isEmpty() ? u.path("username").asText() : name));
    }
}
