package vn.gov.cchc.unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.FieldViolation;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitImportDtos.ImportedUnit;
import vn.gov.cchc.unit.UnitImportDtos.ProblemView;
import vn.gov.cchc.unit.UnitImportDtos.Status;
import vn.gov.cchc.unit.UnitImportDtos.UnitImportResult;
import vn.gov.cchc.unit.importing.KindWords;
import vn.gov.cchc.unit.importing.UnitImportProblem;
import vn.gov.cchc.unit.importing.UnitImportProblemCode;
import vn.gov.cchc.unit.importing.UnitSheet;
import vn.gov.cchc.unit.importing.UnitSheet.Col;

/**
 * Imports the children of a unit (a province's departments, boards, public service units and media; a commune's divisions)
 * from a table: every row is checked first, problems are listed by row and column, and either every new unit is created
 * or none. Rows whose unit the parent already has (same name, case and diacritics aside, or same code) are reported as
 * existing and not created again, so that repeating an import changes nothing.
 */
@ApplicationScoped
public class UnitImportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern OFFICIAL_CODE = Pattern.compile("[A-Za-z0-9.]{1,5}");
    private static final Pattern SORT_ORDER = Pattern.compile("[0-9]{1,7}\\.?");
    private static final int MAX_NAME = 255;
    private static final int MAX_SHORT_NAME = 120;
    private static final int MAX_SORT_ORDER = 1_000_000;

    @Inject
    UnitService units;

    @Inject
    OrganisationGuard guard;

    /** A row as checked: what it would create, its problems. */
    private static final class Checked {
        final int row;
        String name;
        String shortName;
        UnitKind kind;
        boolean kindInferred;
        String code;
        boolean codeGenerated;
        String officialCode;
        Integer sortOrder;
        boolean coordinating;
        Unit existing;
        Unit created;
        final List<UnitImportProblem> problems = new ArrayList<>();

        Checked(int row) {
            this.row = row;
        }

        void problem(Col col, String text, UnitImportProblemCode code, Object... args) {
            problems.add(new UnitImportProblem(row, col.field, text, code, args));
        }
    }

    /**
     * Reads the table in {@code body} (.xlsx when {@code mediaType} says so, else tab-separated text) and checks every row
     * against {@code parentId}'s children; unless {@code dryRun}, creates the new units in one transaction, or, when there
     * is any problem, nothing (a 400 listing them).
     */
    @Transactional
    public UnitImportResult importChildren(long parentId, byte[] body, String mediaType, boolean dryRun, Locale locale) {
        if (!guard.isAdministrator()) {
            throw ProblemException.forbidden("error.forbidden-role");
        }
        Unit parent = units.find(parentId).filter(guard::mayAdminister).orElseThrow(() -> ProblemException.notFound("unit", parentId));
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "import.empty");
        }
        UnitSheet.Parse parse = mediaType != null && mediaType.startsWith(XLSX) ? UnitSheet.readXlsx(new ByteArrayInputStream(body))
                : UnitSheet.readTsv(new String(body, StandardCharsets.UTF_8));

        List<Unit> children = Unit.list("parentId", Sort.by("sortOrder").and("id"), parent.id);
        Map<String, Unit> childByName = new HashMap<>();
        Map<String, Unit> childByCode = new HashMap<>();
        for (Unit c : children) {
            childByName.putIfAbsent(TextNormalizer.fold(c.name), c);
            childByCode.put(c.code.toUpperCase(Locale.ROOT), c);
        }
        Unit scope = units.provinceOf(parent).orElse(parent);
        Unit coordinator = Unit.find("path like ?1 and coordinating = true", Sort.by("depth"), scope.path + "%").firstResult();
        int nextOrder = children.stream().mapToInt(c -> c.sortOrder).max().orElse(0);

        Map<String, Integer> namesInFile = new HashMap<>();
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Integer> officialInFile = new HashMap<>();
        Checked coordinatorRow = null;
        List<Checked> rows = new ArrayList<>();
        for (UnitSheet.Row r : parse.rows()) {
            Checked c = new Checked(r.rowNo());
            rows.add(c);
            c.name = r.cell(Col.NAME);
            c.shortName = blankToNull(r.cell(Col.SHORT_NAME));
            String codeCell = r.cell(Col.CODE);
            if (c.name.isEmpty()) {
                c.problem(Col.NAME, null, UnitImportProblemCode.MISSING_NAME);
            } else if (c.name.length() > MAX_NAME) {
                c.problem(Col.NAME, abbreviate(c.name), UnitImportProblemCode.TOO_LONG, MAX_NAME);
            } else {
                Integer first = namesInFile.putIfAbsent(TextNormalizer.fold(c.name), c.row);
                if (first != null) {
                    c.problem(Col.NAME, c.name, UnitImportProblemCode.DUPLICATE_NAME, first);
                }
            }
            if (c.shortName != null && c.shortName.length() > MAX_SHORT_NAME) {
                c.problem(Col.SHORT_NAME, abbreviate(c.shortName), UnitImportProblemCode.TOO_LONG, MAX_SHORT_NAME);
            }
            c.existing = c.name.isEmpty() ? null : childByName.get(TextNormalizer.fold(c.name));
            if (c.existing == null && !codeCell.isEmpty()) {
                c.existing = childByCode.get(codeCell.toUpperCase(Locale.ROOT));
            }
            if (c.existing != null) {
                c.kind = c.existing.kind;
                c.code = c.existing.code;
                c.officialCode = c.existing.officialCode;
                c.sortOrder = c.existing.sortOrder;
                c.coordinating = c.existing.coordinating;
                if (!codeCell.isEmpty()) {
                    codesInFile.putIfAbsent(codeCell.toUpperCase(Locale.ROOT), c.row);
                }
                continue;
            }
            // kind
            String kindCell = r.cell(Col.KIND);
            if (!kindCell.isEmpty()) {
                c.kind = KindWords.parse(kindCell, parent.kind).orElse(null);
                if (c.kind == null) {
                    c.problem(Col.KIND, kindCell, UnitImportProblemCode.UNKNOWN_KIND);
                }
            } else if (!c.name.isEmpty()) {
                c.kind = KindWords.infer(c.name, parent.kind).orElse(null);
                c.kindInferred = c.kind != null;
                if (c.kind == null) {
                    c.problem(Col.KIND, null, UnitImportProblemCode.KIND_NOT_INFERRED);
                }
            }
            if (c.kind != null && !parent.kind.mayContain(c.kind)) {
                c.problem(Col.KIND, kindCell.isEmpty() ? c.kind.name() : kindCell, UnitImportProblemCode.KIND_NOT_ALLOWED, c.kind.name(),
                        parent.kind.name());
            }
            // code
            if (!codeCell.isEmpty()) {
                c.code = codeCell;
                String key = codeCell.toUpperCase(Locale.ROOT);
                Integer first = codesInFile.putIfAbsent(key, c.row);
                if (!CODE.matcher(codeCell).matches()) {
                    c.problem(Col.CODE, abbreviate(codeCell), UnitImportProblemCode.BAD_CODE);
                } else if (first != null) {
                    c.problem(Col.CODE, codeCell, UnitImportProblemCode.DUPLICATE_CODE, first);
                } else {
                    units.findByCode(codeCell)
                            .ifPresent(holder -> c.problem(Col.CODE, codeCell, UnitImportProblemCode.CODE_TAKEN, holder.name));
                }
            }
            // official code
            String official = r.cell(Col.OFFICIAL_CODE);
            if (!official.isEmpty()) {
                c.officialCode = official;
                Integer first = officialInFile.putIfAbsent(official.toUpperCase(Locale.ROOT), c.row);
                if (!OFFICIAL_CODE.matcher(official).matches()) {
                    c.problem(Col.OFFICIAL_CODE, abbreviate(official), UnitImportProblemCode.BAD_OFFICIAL_CODE);
                } else if (first != null) {
                    c.problem(Col.OFFICIAL_CODE, official, UnitImportProblemCode.DUPLICATE_OFFICIAL_CODE, first);
                } else {
                    Unit holder = Unit.find("officialCode", official).firstResult();
                    if (holder != null) {
                        c.problem(Col.OFFICIAL_CODE, official, UnitImportProblemCode.OFFICIAL_CODE_TAKEN, holder.name);
                    }
                }
            }
            // sort order
            String order = r.cell(Col.SORT_ORDER);
            if (!order.isEmpty()) {
                if (SORT_ORDER.matcher(order).matches() && Integer.parseInt(order.replace(".", "")) <= MAX_SORT_ORDER) {
                    c.sortOrder = Integer.parseInt(order.replace(".", ""));
                } else {
                    c.problem(Col.SORT_ORDER, abbreviate(order), UnitImportProblemCode.BAD_SORT_ORDER, MAX_SORT_ORDER);
                }
            }
            // coordinating
            String flag = r.cell(Col.COORDINATING);
            Optional<Boolean> yes = flag(flag);
            if (yes.isEmpty()) {
                c.problem(Col.COORDINATING, abbreviate(flag), UnitImportProblemCode.BAD_FLAG);
            } else if (yes.get()) {
                c.coordinating = true;
                if (coordinator != null) {
                    c.problem(Col.COORDINATING, flag, UnitImportProblemCode.COORDINATOR_TAKEN, coordinator.name);
                } else if (coordinatorRow != null) {
                    c.problem(Col.COORDINATING, flag, UnitImportProblemCode.COORDINATOR_TAKEN, coordinatorRow.name);
                } else {
                    coordinatorRow = c;
                }
            }
        }
        // generated codes and default orders, once the codes written in the table are known
        for (Checked c : rows) {
            if (c.existing != null) {
                continue;
            }
            if (c.code == null && !c.name.isEmpty()) {
                c.code = generateCode(parent, c.shortName != null ? c.shortName : c.name, codesInFile);
                codesInFile.put(c.code.toUpperCase(Locale.ROOT), c.row);
                c.codeGenerated = true;
            }
            if (c.sortOrder == null) {
                c.sortOrder = ++nextOrder;
            } else {
                nextOrder = Math.max(nextOrder, c.sortOrder);
            }
        }

        List<UnitImportProblem> problems = new ArrayList<>(parse.problems());
        rows.forEach(c -> problems.addAll(c.problems));
        List<ProblemView> views = problems.stream().map(p -> view(p, locale)).toList();
        int created = 0;
        if (!dryRun) {
            if (!views.isEmpty()) {
                throw ProblemException.invalid(views.stream()
                        .map(v -> new FieldViolation(v.row() == 0 ? "body" : "rows[" + v.row() + "]" + (v.column() == null ? "" : "." + v.column()),
                                v.message()))
                        .toList());
            }
            List<Unit> joined = new ArrayList<>();
            for (Checked c : rows) {
                if (c.existing == null) {
                    c.created = units.insert(c.code, c.name, c.shortName, c.kind, parent, c.sortOrder, c.coordinating);
                    c.created.officialCode = c.officialCode;
                    joined.add(c.created);
                    created++;
                }
            }
            Unit.getEntityManager().flush();
            // one announcement: the plans above them derive the new units' obligations once, not once per unit
            units.announce(joined);
        }
        List<ImportedUnit> imported = rows.stream().map(c -> imported(c, locale)).toList();
        int existing = (int) rows.stream().filter(c -> c.existing != null).count();
        return new UnitImportResult(UnitRef.of(parent), dryRun, created, existing, imported, views);
    }

    private static ImportedUnit imported(Checked c, Locale locale) {
        List<String> notes = new ArrayList<>();
        Status status;
        Unit unit;
        if (c.existing != null) {
            status = Status.EXISTS;
            unit = c.existing;
            notes.add(Messages.get(locale, "unit-import.note.exists", c.existing.name, c.existing.code));
        } else {
            status = c.problems.isEmpty() ? Status.NEW : Status.INVALID;
            unit = c.created;
            if (c.kindInferred) {
                notes.add(Messages.get(locale, "unit-import.note.kind-inferred", c.kind.name()));
            }
            if (c.codeGenerated) {
                notes.add(Messages.get(locale, "unit-import.note.code-generated", c.code));
            }
        }
        return new ImportedUnit(c.row, c.name, c.shortName, c.kind, c.kindInferred, c.code, c.codeGenerated, c.officialCode, c.sortOrder,
                c.coordinating, status, unit == null ? null : UnitRef.of(unit), notes);
    }

    private static ProblemView view(UnitImportProblem p, Locale locale) {
        Object[] args = new Object[p.args().length + 1];
        args[0] = p.text() == null ? "" : p.text();
        System.arraycopy(p.args(), 0, args, 1, p.args().length);
        return new ProblemView(p.row(), p.column(), p.text(), p.code(), Messages.get(locale, "unit-import.problem." + p.code().name(), args));
    }

    /** "x", "có", "yes"… → true; empty, "không", "no"… → false; anything else → empty. */
    static Optional<Boolean> flag(String cell) {
        String f = TextNormalizer.fold(cell);
        return switch (f) {
            case "x", "co", "yes", "y", "true", "1", "dau moi" -> Optional.of(true);
            case "", "khong", "no", "n", "false", "0", "-" -> Optional.of(false);
            default -> cell.strip().equals("✓") || cell.strip().equals("✔") ? Optional.of(true) : Optional.empty();
        };
    }

    /** The parent's code, "-", the initials of the name ("Sở Khoa học và Công nghệ" → "SKHCN"); made unique with "-2", "-3"… */
    private String generateCode(Unit parent, String name, Map<String, Integer> codesInFile) {
        String base = parent.code + "-" + initials(name, parent.name);
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        String candidate = base;
        for (int n = 2; codesInFile.containsKey(candidate.toUpperCase(Locale.ROOT)) || units.findByCode(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static final List<String> LEVELS = List.of("tinh ", "thanh pho ", "xa ", "phuong ", "dac khu ");

    /** The initials of a name, without the name of the enclosing unit at its end ("Sở Nội vụ tỉnh Phú Thọ" → "SNV"). */
    static String initials(String name, String enclosingName) {
        String f = TextNormalizer.fold(name);
        String enclosing = TextNormalizer.fold(enclosingName).replaceFirst("^(ubnd|uy ban nhan dan) ", "");
        String bare = enclosing;
        for (String level : LEVELS) {
            if (enclosing.startsWith(level)) {
                bare = enclosing.substring(level.length());
                break;
            }
        }
        for (String tail : List.of(" " + enclosing, " " + bare)) {
            if (!tail.isBlank() && f.endsWith(tail) && f.length() > tail.length()) {
                f = f.substring(0, f.length() - tail.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : f.split(" ")) {
            if (w.isEmpty() || w.equals("va")) {
                continue;
            }
            out.append(Character.isDigit(w.charAt(0)) ? w : w.substring(0, 1));
        }
        return out.length() == 0 ? "DV" : out.toString().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
