package vn.gov.cchc.reference;

import java.util.Map;

/**
 * Enumerations another feature owns and the reference lists show (unit groups, timeframe kinds): that
 * feature provides them as a bean, so that reference/ does not depend on it (task/ uses reference/).
 */
public interface EnumListSource {

    /** By type name, as in the message keys {@code enum.<type>.<value>}. */
    Map<String, Enum<?>[]> enumLists();
}
