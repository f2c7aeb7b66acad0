package vn.gov.cchc.unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** The official names of the national list of administrative units, for features that match names to units. */
@ApplicationScoped
public class OfficialNames {

    /** The official name (NFC) of each of {@code codes} found in the national list, by code. */
    public Map<String, String> byCode(Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        for (NationalUnit n : NationalUnit.<NationalUnit>list("code in ?1", codes)) {
            out.put(n.code, n.name);
        }
        return out;
    }
}
