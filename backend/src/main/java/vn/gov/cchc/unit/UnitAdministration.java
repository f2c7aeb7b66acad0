package vn.gov.cchc.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.unit.UnitAdminDtos.NewUnit;
import vn.gov.cchc.unit.UnitAdminDtos.UnitDissolution;
import vn.gov.cchc.unit.UnitAdminDtos.UnitEdit;
import vn.gov.cchc.unit.UnitAdminDtos.UnitInput;
import vn.gov.cchc.unit.UnitAdminDtos.UnitMerger;
import vn.gov.cchc.unit.UnitAdminDtos.UnitMove;
import vn.gov.cchc.unit.UnitAdminDtos.UnitRename;

/**
 * Changes to the organisation by its administrators: every change is checked whole before anything is written,
 * kept as a dated version, and successions (mergers, dissolutions with a successor) are announced to the features
 * in the same transaction ({@link UnitsSucceeded}), so that their open work follows or nothing is recorded.
 */
@ApplicationScoped
public class UnitAdministration {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    UnitService units;

    @Inject
    OrganisationGuard guard;

    @Inject
    Event<UnitsSucceeded> succeeded;

    @Inject
    Event<UnitsMoved> moved;

    @Inject
    Event<UnitInUse> inUse;

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    // ---- scope ----

    private void requireAdministrator() {
        if (!guard.isAdministrator()) {
            throw ProblemException.forbidden("unit.forbidden.administer");
        }
    }

    /** The unit, when the caller administers it; 404 otherwise (also for units outside their province). */
    private Unit administered(long id, String field) {
        Unit u = units.find(id).orElse(null);
        if (u == null || !guard.mayAdminister(u)) {
            if (field == null) {
                throw ProblemException.notFound("unit", id);
            }
            throw ProblemException.of(ProblemType.NOT_FOUND, field, "unit.field.not-found", id);
        }
        return u;
    }

    private static void requireCurrent(Unit u, String field) {
        if (!u.current()) {
            throw field == null ? ProblemException.invalidState(List.of(), "unit.dissolved", u.name, u.validTo)
                    : ProblemException.invalidField(field, "unit.field.dissolved", u.name, u.validTo);
        }
    }

    // ---- create, edit, delete ----

    @Transactional
    public Unit create(UnitInput in) {
        requireAdministrator();
        Unit parent = null;
        if (in.parentId() == null) {
            if (!guard.isGlobalAdmin()) {
                throw ProblemException.forbidden("unit.forbidden.root");
            }
            if (!in.kind().mayBeRoot()) {
                throw ProblemException.invalidField("parentId", "unit.kind.not-root", in.kind());
            }
        } else {
            parent = administered(in.parentId(), "parentId");
            requireCurrent(parent, "parentId");
            if (!parent.kind.mayContain(in.kind())) {
                throw ProblemException.invalidField("kind", "unit.kind.not-allowed", in.kind(), parent.name, parent.kind);
            }
        }
        LocalDate from = in.validFrom() == null ? today() : in.validFrom();
        notInFuture(from, "validFrom");
        requireFreeCode(in.code().trim());
        requireFreeOfficialCode(in.officialCode(), null);
        Unit u = units.insert(in.code().trim(), in.officialCode(), in.name().trim(), blankToNull(in.shortName()), in.kind(), parent,
                in.sortOrder() == null ? 0 : in.sortOrder(), Boolean.TRUE.equals(in.coordinating()), from, guard.actor());
        units.announce(u);
        return u;
    }

    @Transactional
    public Unit edit(long id, String ifMatch, UnitEdit in) {
        requireAdministrator();
        Unit u = administered(id, null);
        Etags.requireMatch(ifMatch, u.version);
        requireCurrent(u, null);
        requireFreeOfficialCode(in.officialCode(), u);
        String shortName = blankToNull(in.shortName());
        boolean changed = !Objects.equals(shortName, u.shortName) || !Objects.equals(in.officialCode(), u.officialCode)
                || in.coordinating() != u.coordinating || in.sortOrder() != u.sortOrder;
        if (!changed) {
            return u;
        }
        u.shortName = shortName;
        u.officialCode = in.officialCode();
        u.coordinating = in.coordinating();
        u.sortOrder = in.sortOrder();
        u.refreshSearchText();
        newVersion(u, today(), UnitChange.EDITED, null);
        Unit.getEntityManager().flush();
        return u;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        requireAdministrator();
        Unit u = administered(id, null);
        Etags.checkMatch(ifMatch, u.version);
        List<String> uses = new ArrayList<>();
        long children = Unit.count("parentId", u.id);
        if (children > 0) {
            uses.add("units: " + children);
        }
        long changes = UnitVersion.count("unitId", u.id) - 1;
        if (changes > 0 || !u.current()) {
            uses.add("versions: " + Math.max(changes, 1));
        }
        long successions = UnitSuccession.count("predecessorId = ?1 or successorId = ?1", u.id);
        if (successions > 0) {
            uses.add("successions: " + successions);
        }
        UnitInUse ask = new UnitInUse(u.id);
        inUse.fire(ask);
        uses.addAll(ask.uses());
        if (!uses.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "unit.delete.has-history", u.name, String.join(", ", uses));
        }
        UnitVersion.delete("unitId", u.id);
        u.delete();
    }

    // ---- dated changes ----

    /** The unit a dated change (rename, move, dissolution) applies to: administered by the caller, as last read, current. */
    private Unit currentForChange(long id, String ifMatch) {
        requireAdministrator();
        Unit u = administered(id, null);
        Etags.checkMatch(ifMatch, u.version);
        requireCurrent(u, null);
        return u;
    }

    @Transactional
    public Unit rename(long id, String ifMatch, UnitRename in) {
        Unit u = currentForChange(id, ifMatch);
        requireEffective(u, in.effectiveOn());
        u.name = in.name().trim();
        u.shortName = blankToNull(in.shortName());
        u.refreshSearchText();
        newVersion(u, in.effectiveOn(), UnitChange.RENAMED, in.legalBasis().trim());
        Unit.getEntityManager().flush();
        return u;
    }

    @Transactional
    public Unit move(long id, String ifMatch, UnitMove in) {
        Unit u = currentForChange(id, ifMatch);
        Unit parent = administered(in.parentId(), "parentId");
        if (u.contains(parent)) {
            throw ProblemException.invalidField("parentId", "unit.move.into-itself", parent.name, u.name);
        }
        requireCurrent(parent, "parentId");
        if (!parent.kind.mayContain(u.kind)) {
            throw ProblemException.invalidField("parentId", "unit.kind.not-allowed", u.kind, parent.name, parent.kind);
        }
        if (parent.id.equals(u.parentId)) {
            throw ProblemException.invalidField("parentId", "unit.move.same-parent", parent.name);
        }
        requireEffective(u, in.effectiveOn());
        String oldPath = u.path;
        int shift = parent.depth + 1 - u.depth;
        String newPath = parent.path + u.id + "/";
        List<Unit> subtree = units.subtree(u);
        for (Unit d : subtree) {
            d.path = newPath + d.path.substring(oldPath.length());
            d.depth += shift;
        }
        u.parentId = parent.id;
        newVersion(u, in.effectiveOn(), UnitChange.MOVED, in.legalBasis().trim());
        Unit.getEntityManager().flush();
        moved.fire(new UnitsMoved(subtree.stream().map(d -> d.id).toList()));
        return u;
    }

    @Transactional
    public Unit dissolve(long id, String ifMatch, UnitDissolution in) {
        Unit u = currentForChange(id, ifMatch);
        requireEffective(u, in.effectiveOn());
        Unit successor = null;
        if (in.successorId() != null) {
            successor = administered(in.successorId(), "successorId");
            checkSuccessor(successor, List.of(u));
        }
        String basis = in.legalBasis().trim();
        end(u, in.effectiveOn(), UnitChange.DISSOLVED, basis);
        if (successor != null) {
            record(List.of(u), successor, SuccessionKind.DISSOLUTION, in.effectiveOn(), basis);
        }
        return u;
    }

    /** Records a merger and returns the successor (new or existing). */
    @Transactional
    public Unit merge(UnitMerger in) {
        requireAdministrator();
        Set<Long> ids = new LinkedHashSet<>(in.predecessorIds());
        if (ids.size() != in.predecessorIds().size()) {
            throw ProblemException.invalidField("predecessorIds", "unit.merge.repeated");
        }
        if ((in.successorId() == null) == (in.newUnit() == null)) {
            throw ProblemException.invalidField("successorId", "unit.merge.one-successor");
        }
        if (in.newUnit() != null && ids.size() < 2) {
            throw ProblemException.invalidField("predecessorIds", "unit.merge.too-few");
        }
        List<Unit> predecessors = new ArrayList<>();
        for (Long pid : ids) {
            Unit p = administered(pid, "predecessorIds");
            requireCurrent(p, "predecessorIds");
            predecessors.add(p);
        }
        Unit first = predecessors.get(0);
        Optional<Unit> province = units.provinceOf(first);
        for (Unit p : predecessors) {
            if (!units.provinceOf(p).map(x -> x.id).equals(province.map(x -> x.id))) {
                throw ProblemException.invalidField("predecessorIds", "unit.merge.other-province", p.name, first.name);
            }
            if (p.kind != first.kind) {
                throw ProblemException.invalidField("predecessorIds", "unit.merge.other-kind", p.name, p.kind, first.kind);
            }
            for (Unit q : predecessors) {
                if (q != p && p.contains(q)) {
                    throw ProblemException.invalidField("predecessorIds", "unit.merge.nested", q.name, p.name);
                }
            }
            requireEffective(p, in.effectiveOn(), "effectiveOn");
        }
        String basis = in.legalBasis().trim();
        Unit successor;
        if (in.successorId() != null) {
            if (ids.contains(in.successorId())) {
                throw ProblemException.invalidField("successorId", "unit.merge.successor-is-predecessor");
            }
            successor = administered(in.successorId(), "successorId");
            checkSuccessor(successor, predecessors);
        } else {
            NewUnit n = in.newUnit();
            Unit parent;
            if (n.parentId() != null) {
                parent = administered(n.parentId(), "newUnit.parentId");
            } else {
                Set<Long> parents = new LinkedHashSet<>();
                predecessors.forEach(p -> parents.add(p.parentId));
                if (parents.size() != 1 || parents.contains(null)) {
                    throw ProblemException.invalidField("newUnit.parentId", "unit.merge.parent-required");
                }
                parent = units.get(first.parentId);
            }
            requireCurrent(parent, "newUnit.parentId");
            if (!parent.kind.mayContain(first.kind)) {
                throw ProblemException.invalidField("newUnit.parentId", "unit.kind.not-allowed", first.kind, parent.name, parent.kind);
            }
            if (predecessors.stream().anyMatch(p -> p.contains(parent))) {
                throw ProblemException.invalidField("newUnit.parentId", "unit.move.into-itself", parent.name, first.name);
            }
            if (!units.provinceOf(parent).map(x -> x.id).equals(province.map(x -> x.id))) {
                throw ProblemException.invalidField("newUnit.parentId", "unit.merge.other-province", parent.name, first.name);
            }
            requireFreeCode(n.code().trim(), "newUnit.code");
            requireFreeOfficialCode(n.officialCode(), null, "newUnit.officialCode");
            int order = predecessors.stream().mapToInt(p -> p.sortOrder).min().orElse(0);
            successor = units.insert(n.code().trim(), n.officialCode(), n.name().trim(), blankToNull(n.shortName()), first.kind,
                    parent, order, predecessors.stream().anyMatch(p -> p.coordinating), in.effectiveOn(), guard.actor());
            units.announce(successor);
        }
        for (Unit p : predecessors) {
            end(p, in.effectiveOn(), UnitChange.MERGED, basis);
        }
        record(predecessors, successor, SuccessionKind.MERGER, in.effectiveOn(), basis);
        return successor;
    }

    private void checkSuccessor(Unit successor, List<Unit> predecessors) {
        requireCurrent(successor, "successorId");
        Unit first = predecessors.get(0);
        if (predecessors.stream().anyMatch(p -> p.contains(successor))) {
            throw ProblemException.invalidField("successorId", "unit.merge.successor-below", successor.name, first.name);
        }
        if (!units.provinceOf(successor).map(x -> x.id).equals(units.provinceOf(first).map(x -> x.id))) {
            throw ProblemException.invalidField("successorId", "unit.merge.other-province", successor.name, first.name);
        }
    }

    /** The unit (and what is still current below it) ceases: its last day is the day before {@code effectiveOn}. */
    private void end(Unit u, LocalDate effectiveOn, UnitChange change, String basis) {
        for (Unit d : units.subtree(u)) {
            if (!d.current()) {
                continue;
            }
            closeCurrentVersion(d, effectiveOn);
            d.validTo = effectiveOn.minusDays(1);
            UnitVersion v = UnitVersion.of(d, effectiveOn, d == u ? change : UnitChange.DISSOLVED, basis, guard.actor());
            v.validTo = d.validTo;
            v.persist();
        }
        Unit.getEntityManager().flush();
    }

    private void record(List<Unit> predecessors, Unit successor, SuccessionKind kind, LocalDate effectiveOn, String basis) {
        for (Unit p : predecessors) {
            UnitSuccession s = new UnitSuccession();
            s.predecessorId = p.id;
            s.successorId = successor.id;
            s.kind = kind;
            s.effectiveOn = effectiveOn;
            s.legalBasis = basis;
            s.recordedBy = guard.actor();
            s.persist();
        }
        Unit.getEntityManager().flush();
        // the features move the open work; one that cannot throws and nothing of this is recorded
        succeeded.fire(new UnitsSucceeded(kind.name(), predecessors.stream().map(p -> p.id).toList(), successor.id, effectiveOn,
                basis));
    }

    // ---- versions ----

    private Optional<UnitVersion> currentVersion(Unit u) {
        return UnitVersion.<UnitVersion>find("unitId = ?1 and validTo is null", Sort.by("id").descending(), u.id)
                .firstResultOptional();
    }

    private void closeCurrentVersion(Unit u, LocalDate from) {
        currentVersion(u).ifPresent(v -> v.validTo = from.minusDays(1));
    }

    private void newVersion(Unit u, LocalDate from, UnitChange change, String basis) {
        closeCurrentVersion(u, from);
        UnitVersion.of(u, from, change, basis, guard.actor()).persist();
    }

    private void requireEffective(Unit u, LocalDate effectiveOn) {
        requireEffective(u, effectiveOn, "effectiveOn");
    }

    /** A dated change takes effect today or earlier, not before the unit existed nor before its current state began. */
    private void requireEffective(Unit u, LocalDate effectiveOn, String field) {
        notInFuture(effectiveOn, field);
        LocalDate since = currentVersion(u).map(v -> v.validFrom).orElse(null);
        if (u.validFrom != null && (since == null || since.isBefore(u.validFrom))) {
            since = u.validFrom;
        }
        if (since != null && effectiveOn.isBefore(since)) {
            throw ProblemException.invalidField(field, "unit.effective.too-early", u.name, since);
        }
    }

    private static void notInFuture(LocalDate day, String field) {
        if (day.isAfter(today())) {
            throw ProblemException.invalidField(field, "unit.effective.future", today());
        }
    }

    private void requireFreeCode(String code) {
        requireFreeCode(code, "code");
    }

    private void requireFreeCode(String code, String field) {
        units.findByCode(code).ifPresent(other -> {
            throw ProblemException.of(ProblemType.CONFLICT, field, "unit.code.taken", code, other.name);
        });
    }

    private void requireFreeOfficialCode(String officialCode, Unit self) {
        requireFreeOfficialCode(officialCode, self, "officialCode");
    }

    private void requireFreeOfficialCode(String officialCode, Unit self, String field) {
        if (officialCode == null) {
            return;
        }
        Unit other = Unit.find("officialCode", officialCode).firstResult();
        if (other != null && (self == null || !other.id.equals(self.id))) {
            throw ProblemException.of(ProblemType.CONFLICT, field, "unit.official-code.taken", officialCode, other.name);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
