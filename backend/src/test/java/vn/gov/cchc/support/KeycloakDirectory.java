package vn.gov.cchc.support;

import org.junit.jupiter.api.Assumptions;

/** Tests of e-mails to a unit's people need the real Keycloak of the realm cchc (deploy/test.sh starts it). */
public final class KeycloakDirectory {

    private KeycloakDirectory() {
    }

    public static void assumeRunning() {
        String url = System.getenv("CCHC_TEST_KEYCLOAK_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "no Keycloak for the user directory: set CCHC_TEST_KEYCLOAK_URL (deploy/test.sh does)");
    }
}
