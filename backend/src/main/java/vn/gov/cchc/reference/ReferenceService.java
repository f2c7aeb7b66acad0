package vn.gov.cchc.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;

/** Reference lists: read once, then served from memory (they change only with a migration). */
@ApplicationScoped
public class ReferenceService {

    public record Item(String code, String labelVi, String labelEn, String measureVi, String measureEn) {
        public String label(Locale locale) {
            return Messages.EN.getLanguage().equals(locale.getLanguage()) ? labelEn : labelVi;
        }
    }

    private final Map<RefList, List<Item>> cache = new ConcurrentHashMap<>();

    public List<Item> items(RefList list) {
        return cache.computeIfAbsent(list, l -> RefItem.<RefItem>list("key.listCode", Sort.by("position"), l.name())
                .stream().map(r -> new Item(r.key.code, r.labelVi, r.labelEn, r.measureVi, r.measureEn)).toList());
    }

    public Set<String> codes(RefList list) {
        return items(list).stream().map(Item::code).collect(Collectors.toSet());
    }

    /** Rejects with a 400 naming {@code field} any code that is not in the list. */
    public void requireCodes(RefList list, Collection<String> codes, String field) {
        if (codes == null) {
            return;
        }
        Set<String> known = codes(list);
        int i = 0;
        for (String code : codes) {
            if (code == null || !known.contains(code)) {
                throw ProblemException.invalidField(field + "[" + i + "]", "error.json.enum", String.valueOf(code),
                        String.join(", ", items(list).stream().map(Item::code).toList()));
            }
            i++;
        }
    }
}
