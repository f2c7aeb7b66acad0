package vn.gov.cchc.common;

import java.util.Map;
import java.util.stream.Collectors;

/** Validated paging and sorting parameters; {@code sort} is {@code field} or {@code field,asc|desc}. */
public record PageRequest(int page, int size, String sortProperty, boolean ascending) {

    public static final int MAX_SIZE = 100;

    /**
     * @param allowed API sort names mapped to entity properties; the first entry is not a default,
     *        {@code defaultSort} is.
     */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> allowed,
            String defaultSort) {
        return of(page, size, sort, allowed, defaultSort, MAX_SIZE);
    }

    /** As {@link #of(Integer, Integer, String, Map, String)}, for lists that allow pages of up to {@code maxSize}. */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> allowed,
            String defaultSort, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalidField("page", "error.query.invalid", p);
        }
        if (s < 1 || s > maxSize) {
            throw ProblemException.invalidField("size", "error.query.size", s, maxSize);
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = spec.split(",", -1);
        String field = parts[0].trim();
        boolean asc = true;
        if (parts.length == 2) {
            String dir = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
            if (dir.equals("desc")) {
                asc = false;
            } else if (!dir.equals("asc")) {
                throw sortError(spec, allowed);
            }
        } else if (parts.length > 2) {
            throw sortError(spec, allowed);
        }
        String property = allowed.get(field);
        if (property == null) {
            throw sortError(spec, allowed);
        }
        return new PageRequest(p, s, property, asc);
    }

    private static ProblemException sortError(String spec, Map<String, String> allowed) {
        return ProblemException.invalidField("sort", "error.query.sort", spec,
                allowed.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }

    public int offset() {
        return page * size;
    }

    /**
     * A page's rows in the order of its ids: lists that sort and cut the ids first, then load those rows (which come
     * back in no particular order).
     */
    public static <T> java.util.List<T> inOrderOf(java.util.List<Long> ids, java.util.List<T> rows,
            java.util.function.Function<T, Long> id) {
        Map<Long, T> byId = rows.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }
}
