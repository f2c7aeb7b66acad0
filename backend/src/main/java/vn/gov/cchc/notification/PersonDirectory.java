package vn.gov.cchc.notification;

import java.util.ArrayList;
import java.util.List;

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

    /** The enabled users of the unit with the given code. */
    public List<Person> membersOf(String unitCode) {
        if (!configured()) {
            LOG.warnf("No user directory configured (cchc.directory.keycloak-url): nobody of %s can be e-mailed", unitCode);
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        for (JsonNode u : keycloak.usersWithAttribute("unit", unitCode, true)) {
            String email = u.path("email").asText("");
            if (email.isBlank()) {
                continue;
            }
            String family = u.path("lastName").asText("");
            String given = u.path("firstName").asText("");
            String name = (family + " " + given).trim();
            out.add(new Person(u.path("username").asText(), email, name.isEmpty() ? u.path("username").asText() : name));
        }
        return out;
    }
}
