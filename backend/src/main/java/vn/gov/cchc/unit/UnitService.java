package vn.gov.cchc.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitDtos.UnitTreeNode;
import vn.gov.cchc.unit.UnitDtos.UnitView;

/** The organisation tree: lookups, subtrees, ancestors. Other features use units only through here. */
@ApplicationScoped
public class UnitService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code", "tree", "path");

    public Optional<Unit> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Unit.find("code", code.trim()).firstResultOptional();
    }

    public Optional<Unit> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Unit.findById(id));
    }

    /** The unit or a 404 problem. */
    public Unit get(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("unit", id));
    }

    /** Ancestors, root first. */
    public List<Unit> ancestors(Unit unit) {
        List<Long> ids = unit.ancestorIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Unit> found = Unit.list("id in ?1", ids);
        found.sort(Comparator.comparingInt(u -> u.depth));
        return found;
    }

    /** The province a unit belongs to (itself if it is one), or empty above province level. */
    public Optional<Unit> provinceOf(Unit unit) {
        if (unit.kind == UnitKind.PROVINCE) {
            return Optional.of(unit);
        }
        return ancestors(unit).stream().filter(u -> u.kind == UnitKind.PROVINCE).findFirst();
    }

    public UnitView view(Unit unit) {
        return new UnitView(unit.id, unit.code, unit.officialCode, unit.name, unit.shortName, unit.kind, unit.parentId,
                ancestors(unit).stream().map(UnitRef::of).toList());
    }

    public UnitPage list(UnitKind kind, Long parentId, Long withinId, String q, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (parentId != null) {
            where.append(" and parentId = :parentId");
            params.and("parentId", parentId);
        }
        if (withinId != null) {
            Unit root = get(withinId);
            where.append(" and path like :within");
            params.and("within", root.path + "%");
        }
        TextNormalizer.appendSearch(where, params, "searchText", q);
        Sort sort = Sort.by(paging.sortProperty(),
                paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        var query = Unit.<Unit>find(where.toString(), sort, params);
        long total = query.count();
        List<Unit> units = query.page(paging.page(), paging.size()).list();
        Map<Long, Unit> byId = new HashMap<>();
        List<Long> needed = units.stream().flatMap(u -> u.ancestorIds().stream()).distinct().toList();
        if (!needed.isEmpty()) {
            Unit.<Unit>list("id in ?1", needed).forEach(u -> byId.put(u.id, u));
        }
        List<UnitView> items = units.stream().map(u -> new UnitView(u.id, u.code, u.officialCode, u.name, u.shortName, u.kind,
                u.parentId, u.ancestorIds().stream().map(byId::get).map(UnitRef::of).toList())).toList();
        return new UnitPage(items, paging.page(), paging.size(), total);
    }

    public static Map<String, String> sorts() {
        return SORTS;
    }

    /** The whole tree, or the subtree under {@code rootId}, children in their display order. */
    public List<UnitTreeNode> tree(Long rootId) {
        List<Unit> units;
        if (rootId == null) {
            units = Unit.listAll(Sort.by("depth").and("sortOrder").and("name"));
        } else {
            Unit root = get(rootId);
            units = Unit.list("path like ?1", Sort.by("depth").and("sortOrder").and("name"), root.path + "%");
        }
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            if (rootId != null ? u.id.equals(rootId) : u.parentId == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u);
            }
        }
        return roots.stream().map(r -> node(r, children)).toList();
    }

    private static UnitTreeNode node(Unit u, Map<Long, List<Unit>> children) {
        return new UnitTreeNode(u.id, u.code, u.officialCode, u.name, u.shortName, u.kind,
                children.getOrDefault(u.id, List.of()).stream().map(c -> node(c, children)).toList());
    }

    /** Adds a unit under {@code parent} (null for a root). Used by data loading and administration. */
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<UnitCreated> created;

    /**
     * The unit that receives the reports of plans issued by {@code issuer}: the coordinating unit
     * (Sở Nội vụ) of its province; the issuer itself when there is none.
     */
    public Unit coordinatorFor(Unit issuer) {
        Unit province = provinceOf(issuer).orElse(null);
        if (province == null) {
            return issuer;
        }
        Unit c = Unit.find("path like ?1 and coordinating = true", Sort.by("depth"), province.path + "%").firstResult();
        return c == null ? issuer : c;
    }

    @Transactional
    public Unit create(String code, String name, String shortName, UnitKind kind, Unit parent, int sortOrder) {
        return create(code, name, shortName, kind, parent, sortOrder, false);
    }

    @Transactional
    public Unit create(String code, String name, String shortName, UnitKind kind, Unit parent, int sortOrder,
            boolean coordinating) {
        Unit u = insert(code, name, shortName, kind, parent, sortOrder, coordinating);
        announce(u);
        return u;
    }

    /** Adds a unit to the tree without announcing it: callers that add several siblings announce them once. */
    Unit insert(String code, String name, String shortName, UnitKind kind, Unit parent, int sortOrder, boolean coordinating) {
        Unit u = new Unit();
        u.code = code;
        u.name = name;
        u.shortName = shortName;
        u.kind = kind;
        u.parentId = parent == null ? null : parent.id;
        u.sortOrder = sortOrder;
        u.depth = parent == null ? 0 : parent.depth + 1;
        u.path = "/";
        u.refreshSearchText();
        u.coordinating = coordinating;
        u.persistAndFlush();
        u.path = (parent == null ? "/" : parent.path) + u.id + "/";
        Unit.getEntityManager().flush();
        return u;
    }

    /**
     * Tells the features that {@code u} joined the tree (the plans above it derive their obligations
     * again). Siblings created together share their ancestors, so one announcement covers them all.
     */
    void announce(Unit u) {
        created.fire(new UnitCreated(u.id));
    }

    /** The units of the given kinds below {@code root} (root excluded), in tree order. */
    public List<Unit> within(Unit root, java.util.Collection<UnitKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return Unit.list("path like ?1 and id <> ?2 and kind in ?3", Sort.by("path"), root.path + "%", root.id, kinds);
    }

    /** {@code root} and every unit below it, in tree order. */
    public List<Unit> subtree(Unit root) {
        return Unit.list("path like ?1", Sort.by("depth").and("sortOrder").and("name"), root.path + "%");
    }

    /** Units by id, in no particular order. */
    public List<Unit> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Unit.list("id in ?1", ids);
    }

    public long count() {
        return Unit.count();
    }
}
