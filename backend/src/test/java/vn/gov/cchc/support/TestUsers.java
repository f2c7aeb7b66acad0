package vn.gov.cchc.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens as Keycloak issues them for the demo users (realm roles in realm_access.roles, the
 * unit code in the "unit" claim, audience cchc-backend), signed by Quarkus's test OIDC server.
 */
public final class TestUsers {

    public static final String ISSUER = "https://server.example.com";

    private TestUsers() {
    }

    public static String token(String username, String unitCode, String... roles) {
        Map<String, Object> realmAccess = new HashMap<>();
        realmAccess.put("roles", List.of(roles));
        var builder = Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .audience("cchc-backend")
                .subject("sub-" + username)
                .claim("name", "Người dùng " + username)
                .claim("realm_access", realmAccess)
                .expiresIn(600);
        if (unitCode != null) {
            builder.claim("unit", unitCode);
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String admin() {
        return token("admin", null, "admin");
    }

    public static String ptAdmin() {
        return token("pt.admin", "PT", "province-admin");
    }

    public static String hyAdmin() {
        return token("hy.admin", "HY", "province-admin");
    }

    public static String hyCoordinator() {
        return token("hy.coordinator", "HY-SNV", "coordinator");
    }

    public static String ptCoordinator() {
        return token("pt.coordinator", "PT-SNV", "coordinator");
    }

    public static String tqCoordinator() {
        return token("tq.coordinator", "TQ-SNV", "coordinator");
    }

    public static String namDanOfficer() {
        return token("namdan.officer", "TQ-NAMDAN", "officer");
    }

    public static String namDanLeader() {
        return token("namdan.leader", "TQ-NAMDAN", "leader");
    }

    public static String ptCultureOfficer() {
        return token("pt.vhttdl.officer", "PT-SVHTTDL", "officer");
    }

    public static String hyViewer() {
        return token("hy.viewer", "HY", "viewer");
    }

    public static String integration() {
        return token("service-account-cchc-integration", null, "integration");
    }
}
