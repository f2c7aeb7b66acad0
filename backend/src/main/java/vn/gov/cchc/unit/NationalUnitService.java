package vn.gov.cchc.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.NationalDtos.Diff;
import vn.gov.cchc.unit.NationalDtos.NameMatch;
import vn.gov.cchc.unit.NationalDtos.NationalCommune;
import vn.gov.cchc.unit.NationalDtos.NationalCommunePage;
import vn.gov.cchc.unit.NationalDtos.NationalProvince;
import vn.gov.cchc.unit.NationalDtos.ProvinceSetup;
import vn.gov.cchc.unit.NationalDtos.Renamed;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/**
 * The national list of administrative units (reference data of migration V6) and loading a
 * province's commune-level units from it into the tree.
 */
@ApplicationScoped
public class NationalUnitService {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");
    /** Prefixes a document or the tree may put before a name: "UBND tỉnh Phú Thọ", "Thành phố Huế". */
    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^(ubnd )?(tinh |thanh pho )?");
    private static final Pattern UNIT_PREFIX = Pattern.compile("^ubnd ");

    @Inject
    UnitService units;

    @Inject
    OrganisationGuard guard;

    public List<NationalProvince> provinces() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : NationalUnit.getEntityManager()
                .createQuery("select n.provinceCode, count(n) from NationalUnit n where n.provinceCode is not null group by n.provinceCode",
                        Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return NationalUnit.provinces().stream()
                .map(p -> new NationalProvince(p.code, p.name, p.kind, counts.getOrDefault(p.code, 0L))).toList();
    }

    public NationalCommunePage communes(String provinceCode, String q, PageRequest paging) {
        NationalUnit province = province(provinceCode).orElseThrow(() -> ProblemException.notFound("national-province", provinceCode));
        StringBuilder where = new StringBuilder("provinceCode = :province");
        Parameters params = Parameters.with("province", province.code);
        TextNormalizer.appendSearch(where, params, "searchText", q);
        Sort sort = Sort.by(paging.sortProperty(), paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("code");
        var query = NationalUnit.<NationalUnit>find(where.toString(), sort, params);
        long total = query.count();
        List<NationalCommune> items = query.page(paging.page(), paging.size()).list().stream().map(NationalCommune::of).toList();
        return new NationalCommunePage(items, paging.page(), paging.size(), total);
    }

    public static Map<String, String> sorts() {
        return SORTS;
    }

    private static java.util.Optional<NationalUnit> province(String code) {
        if (code == null || !code.matches("[0-9]{2}")) {
            return java.util.Optional.empty();
        }
        return NationalUnit.<NationalUnit>findByIdOptional(code).filter(n -> n.provinceCode == null);
    }

    /**
     * {@link #loadCommunes} for the caller: global admins on every province unit, province administrators on their
     * own province (404 for another), others 403. With {@code linkMatches}, the name suggestions take their official
     * codes too (the administrator accepted them).
     */
    @Transactional
    public Diff loadCommunesAsCaller(long unitId, String provinceCode, boolean dryRun, boolean linkMatches) {
        if (!guard.isAdministrator()) {
            throw ProblemException.forbidden("unit.forbidden.administer");
        }
        Unit unit = units.find(unitId).filter(guard::mayAdminister).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        return load(unit, provinceCode, dryRun, linkMatches);
    }

    /**
     * Compares the national communes of province unit {@code unitId}'s province with the tree's
     * communes under it; unless {@code dryRun}, creates the new ones under it, in one transaction.
     * No check of the caller: data loading and the checked {@link #loadCommunesAsCaller} use it.
     */
    @Transactional
    public Diff loadCommunes(long unitId, String provinceCode, boolean dryRun) {
        return load(units.get(unitId), provinceCode, dryRun, false);
    }

    /**
     * Creates the PROVINCE unit of national province {@code provinceCode}, with its official name and code, and
     * loads its communes, in one transaction: how an empty installation starts. {@code code} is the unit's stable
     * code; by default the code a province administrator's account names, else {@code VN-<official code>}.
     */
    @Transactional
    public ProvinceSetup setUpProvince(String provinceCode, String code, Long parentId, boolean dryRun) {
        NationalUnit province = province(provinceCode).orElseThrow(() -> ProblemException.notFound("national-province", provinceCode));
        String unitCode = code == null || code.isBlank() ? guard.pendingProvinceCode().orElse("VN-" + province.code) : code.trim();
        if (!guard.mayCreateProvince(unitCode)) {
            throw ProblemException.forbidden("error.national.setup-forbidden");
        }
        Unit holder = Unit.find("officialCode", province.code).firstResult();
        if (holder != null) {
            throw ProblemException.of(vn.gov.cchc.common.ProblemType.CONFLICT, "provinceCode", "error.national.code-taken", province.code,
                    holder.name);
        }
        Unit sameCode = units.findByCode(unitCode).orElse(null);
        if (sameCode != null) {
            throw ProblemException.of(vn.gov.cchc.common.ProblemType.CONFLICT, "code", "unit.code.taken", unitCode, sameCode.name);
        }
        Unit parent = null;
        if (parentId != null) {
            if (!guard.isGlobalAdmin()) {
                throw ProblemException.invalidField("parentId", "error.national.setup-parent");
            }
            parent = units.find(parentId).orElseThrow(() -> ProblemException.invalidField("parentId", "unit.field.not-found", parentId));
            if (!parent.kind.mayContain(UnitKind.PROVINCE) || !parent.current()) {
                throw ProblemException.invalidField("parentId", "unit.kind.not-allowed", UnitKind.PROVINCE, parent.name, parent.kind);
            }
        }
        List<NationalUnit> national = NationalUnit.list("provinceCode", Sort.by("code"), province.code);
        if (dryRun) {
            Diff preview = new Diff(province.code, province.name, true, national.size(), 0,
                    national.stream().map(NationalCommune::of).toList(), List.of(), List.of(), List.of(), 0);
            return new ProvinceSetup(null, unitCode, preview);
        }
        int order = parent == null ? 0 : units.within(parent, List.of(UnitKind.PROVINCE)).size() + 1;
        Unit u = units.insert(unitCode, province.code, province.name, null, UnitKind.PROVINCE, parent, order, false,
                UnitAdministration.today(), guard.actor());
        Diff diff = load(u, province.code, false, false);
        if (diff.created() == 0) {
            units.announce(u);
        }
        return new ProvinceSetup(UnitRef.of(u), unitCode, diff);
    }

    private Diff load(Unit unit, String provinceCode, boolean dryRun, boolean linkMatches) {
        if (unit.kind != UnitKind.PROVINCE) {
            throw ProblemException.invalidField("id", "error.national.not-a-province", unit.id);
        }
        NationalUnit province = resolveProvince(unit, provinceCode);
        if (unit.officialCode == null) {
            Unit holder = Unit.find("officialCode", province.code).firstResult();
            if (holder != null) {
                throw ProblemException.invalidField("provinceCode", "error.national.code-taken", province.code, holder.name);
            }
        } else if (!unit.officialCode.equals(province.code)) {
            throw ProblemException.invalidField("provinceCode", "error.national.code-differs", province.code, unit.officialCode);
        }

        List<NationalUnit> national = NationalUnit.list("provinceCode", Sort.by("code"), province.code);
        List<Unit> tree = units.within(unit, List.of(UnitKind.COMMUNE));
        Map<String, Unit> byCode = new HashMap<>();
        Map<String, List<Unit>> byName = new HashMap<>();
        for (Unit t : tree) {
            if (t.officialCode != null) {
                byCode.put(t.officialCode, t);
            } else {
                for (String key : nameKeys(t)) {
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        List<NationalUnit> fresh = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<NameMatch> matched = new ArrayList<>();
        int unchanged = 0;
        for (NationalUnit n : national) {
            Unit linked = byCode.get(n.code);
            if (linked != null) {
                seen.add(linked.id);
                if (sameSpelling(linked, n.name)) {
                    unchanged++;
                } else {
                    renamed.add(new Renamed(UnitRef.of(linked), n.code, n.name));
                }
                continue;
            }
            List<Unit> candidates = byName.getOrDefault(key(n.name), List.of());
            Unit candidate = candidates.stream().filter(c -> !seen.contains(c.id)).findFirst().orElse(null);
            if (candidate != null) {
                seen.add(candidate.id);
                matched.add(new NameMatch(UnitRef.of(candidate), n.code, n.name));
            } else {
                fresh.add(n);
            }
        }
        List<UnitRef> missing = tree.stream().filter(t -> !seen.contains(t.id)).map(UnitRef::of).toList();
        int created = 0;
        if (!dryRun) {
            if (unit.officialCode == null) {
                unit.officialCode = province.code;
            }
            if (linkMatches) {
                for (NameMatch m : matched) {
                    units.find(m.unit().id()).ifPresent(t -> t.officialCode = m.officialCode());
                }
            }
            int order = tree.stream().mapToInt(t -> t.sortOrder).max().orElse(0);
            List<Unit> joined = new ArrayList<>();
            for (NationalUnit n : fresh) {
                joined.add(units.insert("VN-" + n.code, n.code, n.name, null, UnitKind.COMMUNE, unit, ++order, false, null, null));
                created++;
            }
            Unit.getEntityManager().flush();
            // one announcement: the province's plans derive the new communes' obligations once, not once per commune
            units.announce(joined);
        }
        return new Diff(province.code, province.name, dryRun, national.size(), created,
                fresh.stream().map(NationalCommune::of).toList(), renamed, matched, missing, unchanged);
    }

    private NationalUnit resolveProvince(Unit unit, String provinceCode) {
        if (provinceCode != null) {
            return province(provinceCode.trim())
                    .orElseThrow(() -> ProblemException.invalidField("provinceCode", "error.national.unknown-province", provinceCode));
        }
        if (unit.officialCode != null) {
            return province(unit.officialCode)
                    .orElseThrow(() -> ProblemException.invalidField("provinceCode", "error.national.unknown-province", unit.officialCode));
        }
        String wanted = provinceKey(unit.name);
        List<NationalUnit> hits = NationalUnit.provinces().stream()
                .filter(p -> provinceKey(p.name).equals(wanted) || (unit.shortName != null && provinceKey(p.name).equals(provinceKey(unit.shortName))))
                .toList();
        if (hits.size() != 1) {
            throw ProblemException.invalidField("provinceCode", "error.national.province-unmatched", unit.name);
        }
        return hits.get(0);
    }

    private static String provinceKey(String name) {
        return PROVINCE_PREFIX.matcher(TextNormalizer.fold(name)).replaceFirst("");
    }

    /** A name compared without case, diacritics and a leading "UBND". */
    private static String key(String name) {
        return UNIT_PREFIX.matcher(TextNormalizer.fold(name)).replaceFirst("");
    }

    private static List<String> nameKeys(Unit t) {
        return t.shortName == null ? List.of(key(t.name)) : List.of(key(t.name), key(t.shortName));
    }

    /** The unit's name or short name is the official spelling, "UBND " and letter case aside. */
    private static boolean sameSpelling(Unit t, String official) {
        String o = nfcLower(official);
        String name = nfcLower(t.name);
        if (name.startsWith("ubnd ")) {
            name = name.substring(5);
        }
        return name.equals(o) || (t.shortName != null && nfcLower(t.shortName).equals(o));
    }

    private static String nfcLower(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
