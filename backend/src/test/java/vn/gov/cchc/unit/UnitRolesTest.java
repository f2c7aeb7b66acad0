package vn.gov.cchc.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

import vn.gov.cchc.security.Roles;

/** UnitResource spells the roles out (unit/ may not depend on security/): they must stay every realm role. */
class UnitRolesTest {

    @Test
    void theUnitTreeIsOpenToEveryRealmRole() throws IllegalAccessException {
        Set<String> realm = new TreeSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                realm.add((String) f.get(null));
            }
        }
        Set<String> allowed = new TreeSet<>(Arrays.asList(UnitResource.class.getAnnotation(RolesAllowed.class).value()));
        assertEquals(realm, allowed);
    }
}
