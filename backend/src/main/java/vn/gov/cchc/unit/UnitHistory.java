package vn.gov.cchc.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitAdminDtos.HistoryView;
import vn.gov.cchc.unit.UnitAdminDtos.VersionView;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitDtos.UnitTreeNode;
import vn.gov.cchc.unit.UnitDtos.UnitView;

/** The organisation as it was: a unit's dated states, and the tree or list of units as of a day. */
@ApplicationScoped
public class UnitHistory {

    @Inject
    UnitService units;

    /** Every state of the unit, oldest first, with its predecessors and successors. */
    public HistoryView history(Unit unit) {
        List<UnitVersion> versions = UnitVersion.list("unitId", Sort.by("id"), unit.id);
        Set<Long> parents = new HashSet<>();
        versions.forEach(v -> {
            if (v.parentId != null) {
                parents.add(v.parentId);
            }
        });
        Map<Long, Unit> byId = new HashMap<>();
        units.byIds(parents).forEach(u -> byId.put(u.id, u));
        Map<Long, UnitService.Successions> succ = units.successions(List.of(unit.id));
        UnitService.Successions s = succ.get(unit.id);
        return new HistoryView(UnitRef.of(unit), unit.validFrom, unit.validTo,
                versions.stream().map(v -> new VersionView(v.validFrom, v.validTo, v.name, v.shortName, v.kind,
                        v.parentId == null ? null : UnitRef.of(byId.get(v.parentId)), v.officialCode, v.coordinating, v.change,
                        v.legalBasis, v.changedBy, v.changedAt)).toList(),
                s == null ? List.of() : s.predecessors(), s == null ? List.of() : s.successors());
    }

    /** The states in force on {@code day}, by unit id. */
    Map<Long, UnitVersion> asOf(LocalDate day) {
        List<UnitVersion> rows = UnitVersion.list(
                "(validFrom is null or validFrom <= ?1) and (validTo is null or validTo >= ?1)", Sort.by("id"), day);
        Map<Long, UnitVersion> out = new LinkedHashMap<>();
        for (UnitVersion v : rows) {
            // a state replaced the day it began covers no day; of two covering the day (never recorded so), the later wins
            if (v.covers(day)) {
                out.put(v.unitId, v);
            }
        }
        return out;
    }

    private static final Comparator<UnitVersion> ORDER = Comparator.<UnitVersion>comparingInt(v -> v.sortOrder)
            .thenComparing(v -> v.name);

    public List<UnitTreeNode> treeAsOf(Unit root, LocalDate day) {
        Map<Long, UnitVersion> states = asOf(day);
        Map<Long, String> codes = codes(states.keySet());
        Map<Long, List<UnitVersion>> children = new HashMap<>();
        List<UnitVersion> roots = new ArrayList<>();
        for (UnitVersion v : states.values()) {
            if (root != null ? v.unitId.equals(root.id) : v.parentId == null || !states.containsKey(v.parentId)) {
                roots.add(v);
            } else if (v.parentId != null) {
                children.computeIfAbsent(v.parentId, k -> new ArrayList<>()).add(v);
            }
        }
        children.values().forEach(l -> l.sort(ORDER));
        roots.sort(ORDER);
        return roots.stream().map(r -> node(r, children, codes)).toList();
    }

    private static UnitTreeNode node(UnitVersion v, Map<Long, List<UnitVersion>> children, Map<Long, String> codes) {
        return new UnitTreeNode(v.unitId, codes.get(v.unitId), v.officialCode, v.name, v.shortName, v.kind,
                children.getOrDefault(v.unitId, List.of()).stream().map(c -> node(c, children, codes)).toList());
    }

    private Map<Long, String> codes(Set<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        units.byIds(ids).forEach(u -> codes.put(u.id, u.code));
        return codes;
    }

    public UnitPage listAsOf(UnitKind kind, Long parentId, Long withinId, String q, LocalDate day, PageRequest paging) {
        Map<Long, UnitVersion> states = asOf(day);
        Map<Long, Unit> byId = new HashMap<>();
        units.byIds(states.keySet()).forEach(u -> byId.put(u.id, u));
        List<String> terms = TextNormalizer.terms(q);
        if (withinId != null) {
            units.get(withinId);
        }
        List<UnitVersion> hits = new ArrayList<>();
        for (UnitVersion v : states.values()) {
            if (kind != null && v.kind != kind || parentId != null && !parentId.equals(v.parentId)
                    || withinId != null && !chain(v, states).contains(withinId)) {
                continue;
            }
            String text = TextNormalizer.searchable(byId.get(v.unitId).code + " " + v.name + " "
                    + (v.shortName == null ? "" : v.shortName));
            if (terms.stream().allMatch(t -> text.contains(" " + t))) {
                hits.add(v);
            }
        }
        Comparator<UnitVersion> order = switch (paging.sortProperty()) {
            case "name" -> Comparator.comparing(v -> v.name);
            case "code" -> Comparator.comparing(v -> byId.get(v.unitId).code);
            default -> Comparator.comparing(v -> chain(v, states).toString());
        };
        order = paging.ascending() ? order : order.reversed();
        hits.sort(order.thenComparing(v -> v.unitId));
        int from = Math.min(hits.size(), paging.page() * paging.size());
        int to = Math.min(hits.size(), from + paging.size());
        List<UnitVersion> page = hits.subList(from, to);
        Map<Long, UnitService.Successions> succ = units.successions(page.stream().map(v -> v.unitId).toList());
        List<UnitView> items = page.stream().map(v -> {
            Unit u = byId.get(v.unitId);
            List<Long> chain = chain(v, states);
            List<UnitRef> ancestors = chain.subList(0, chain.size() - 1).stream()
                    .map(id -> new UnitRef(id, byId.get(id).code, states.get(id).name, states.get(id).kind)).toList();
            UnitService.Successions s = succ.get(u.id);
            return new UnitView(u.id, u.code, v.officialCode, v.name, v.shortName, v.kind, v.parentId, ancestors, u.validFrom,
                    u.validTo, s == null ? List.of() : s.predecessors(), s == null ? List.of() : s.successors(), u.version);
        }).toList();
        return new UnitPage(items, paging.page(), paging.size(), hits.size());
    }

    /** Ids from the root to the unit of {@code v} in the tree of that day, the unit included. */
    private static List<Long> chain(UnitVersion v, Map<Long, UnitVersion> states) {
        List<Long> ids = new ArrayList<>();
        UnitVersion at = v;
        while (at != null && !ids.contains(at.unitId)) {
            ids.add(0, at.unitId);
            at = at.parentId == null ? null : states.get(at.parentId);
        }
        return ids;
    }
}
