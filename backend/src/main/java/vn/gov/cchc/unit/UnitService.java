package vn.gov.cchc.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitDtos.SuccessionRef;
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

    /**
     * {@link #provinceOf} for many units in one query: each unit's id to its province's id, absent for the units above
     * province level.
     */
    public Map<Long, Long> provinceIds(Collection<Unit> units) {
        Set<Long> pathIds = new HashSet<>();
        units.forEach(u -> pathIds.addAll(u.pathIds()));
        if (pathIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> provinces = new HashSet<>(Unit.getEntityManager()
                .createQuery("select u.id from Unit u where u.id in :ids and u.kind = :kind", Long.class)
                .setParameter("ids", pathIds).setParameter("kind", UnitKind.PROVINCE).getResultList());
        Map<Long, Long> byUnit = new HashMap<>();
        for (Unit u : units) {
            u.pathIds().stream().filter(provinces::contains).findFirst().ifPresent(p -> byUnit.put(u.id, p));
        }
        return byUnit;
    }

    public UnitView view(Unit unit) {
        Map<Long, Successions> succ = successions(List.of(unit.id));
        return view(unit, ancestors(unit).stream().map(UnitRef::of).toList(), succ.get(unit.id));
    }

    private static UnitView view(Unit u, List<UnitRef> ancestors, Successions s) {
        return new UnitView(u.id, u.code, u.officialCode, u.name, u.shortName, u.kind, u.parentId, ancestors, u.validFrom,
                u.validTo, s == null ? List.of() : s.predecessors(), s == null ? List.of() : s.successors(), u.version);
    }

    record Successions(List<SuccessionRef> predecessors, List<SuccessionRef> successors) {
    }

    /** The predecessors and successors of each of the given units, in order of effect. */
    Map<Long, Successions> successions(java.util.Collection<Long> unitIds) {
        Map<Long, Successions> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        List<UnitSuccession> rows = UnitSuccession.list("predecessorId in ?1 or successorId in ?1",
                Sort.by("effectiveOn").and("id"), unitIds);
        if (rows.isEmpty()) {
            return out;
        }
        Map<Long, Unit> others = new HashMap<>();
        byIds(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.predecessorId, r.successorId)).distinct().toList())
                .forEach(u -> others.put(u.id, u));
        for (UnitSuccession r : rows) {
            if (unitIds.contains(r.successorId)) {
                out.computeIfAbsent(r.successorId, k -> new Successions(new ArrayList<>(), new ArrayList<>())).predecessors()
                        .add(new SuccessionRef(UnitRef.of(others.get(r.predecessorId)), r.kind, r.effectiveOn, r.legalBasis));
            }
            if (unitIds.contains(r.predecessorId)) {
                out.computeIfAbsent(r.predecessorId, k -> new Successions(new ArrayList<>(), new ArrayList<>())).successors()
                        .add(new SuccessionRef(UnitRef.of(others.get(r.successorId)), r.kind, r.effectiveOn, r.legalBasis));
            }
        }
        return out;
    }

    public UnitPage list(UnitKind kind, Long parentId, Long withinId, String q, PageRequest paging) {
        return list(kind, parentId, withinId, q, false, null, paging);
    }

    /**
     * Units as a page. Without {@code asOf}: today's units (dissolved and merged ones only with
     * {@code includeDissolved}); with it: the units as they were that day (names, parents), from their versions.
     */
    public UnitPage list(UnitKind kind, Long parentId, Long withinId, String q, boolean includeDissolved, LocalDate asOf,
            PageRequest paging) {
        if (asOf != null) {
            return history.listAsOf(kind, parentId, withinId, q, asOf, paging);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!includeDissolved) {
            where.append(" and validTo is null");
        }
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
        Map<Long, Successions> succ = successions(units.stream().map(u -> u.id).toList());
        List<UnitView> items = units.stream()
                .map(u -> view(u, u.ancestorIds().stream().map(byId::get).map(UnitRef::of).toList(), succ.get(u.id))).toList();
        return new UnitPage(items, paging.page(), paging.size(), total);
    }

    public static Map<String, String> sorts() {
        return SORTS;
    }

    /** The whole tree, or the subtree under {@code rootId}, children in their display order. */
    public List<UnitTreeNode> tree(Long rootId) {
        return tree(rootId, null);
    }

    /**
     * Today's tree (dissolved and merged units left out), or with {@code asOf} the tree as it was that day, from the
     * units' versions: the units that existed, with the names and parents they had.
     */
    public List<UnitTreeNode> tree(Long rootId, LocalDate asOf) {
        if (asOf != null) {
            return history.treeAsOf(rootId == null ? null : get(rootId), asOf);
        }
        List<Unit> units;
        if (rootId == null) {
            units = Unit.list("validTo is null", Sort.by("depth").and("sortOrder").and("name"));
        } else {
            Unit root = get(rootId);
            units = Unit.list("path like ?1 and (validTo is null or id = ?2)", Sort.by("depth").and("sortOrder").and("name"),
                    root.path + "%", root.id);
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

    @jakarta.inject.Inject
    UnitHistory history;

    /**
     * The unit that receives the reports of plans issued by {@code issuer}: the coordinating unit
     * (Sở Nội vụ) of its province; the issuer itself when there is none.
     */
    public Unit coordinatorFor(Unit issuer) {
        Unit province = provinceOf(issuer).orElse(null);
        if (province == null) {
            return issuer;
        }
        Unit c = Unit.find("path like ?1 and coordinating = true and validTo is null", Sort.by("depth"), province.path + "%").firstResult();
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
        return insert(code, null, name, shortName, kind, parent, sortOrder, coordinating, null, null);
    }

    /** Adds a unit and its first (CREATED) version, from {@code validFrom} (null: since before the product knew it). */
    Unit insert(String code, String officialCode, String name, String shortName, UnitKind kind, Unit parent, int sortOrder,
            boolean coordinating, LocalDate validFrom, String by) {
        Unit u = new Unit();
        u.officialCode = officialCode;
        u.validFrom = validFrom;
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
        UnitVersion.of(u, validFrom, UnitChange.CREATED, null, by).persist();
        Unit.getEntityManager().flush();
        return u;
    }

    /** Tells the features that {@code u} joined the tree (the plans above it derive its obligations). */
    void announce(Unit u) {
        announce(List.of(u));
    }

    /** Tells the features that units created together joined the tree: one announcement for all of them. */
    void announce(List<Unit> joined) {
        if (!joined.isEmpty()) {
            created.fire(new UnitCreated(joined.stream().map(u -> u.id).toList()));
        }
    }

    /** The current units of the given kinds below {@code root} (root excluded; dissolved and merged units too), in tree order. */
    public List<Unit> within(Unit root, java.util.Collection<UnitKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return Unit.list("path like ?1 and id <> ?2 and kind in ?3 and validTo is null", Sort.by("path"), root.path + "%", root.id,
                kinds);
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
