package vn.gov.cchc.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.common.FieldViolation;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.task.TaskDtos.AssignmentInput;
import vn.gov.cchc.task.TaskDtos.AssignmentView;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TimeframeInput;
import vn.gov.cchc.task.TaskDtos.TimeframeView;
import vn.gov.cchc.task.importing.AppendixParse;
import vn.gov.cchc.task.importing.AppendixReader;
import vn.gov.cchc.task.importing.AppendixXlsxWriter;
import vn.gov.cchc.task.importing.ImportProblem;
import vn.gov.cchc.task.importing.ImportProblemCode;
import vn.gov.cchc.task.importing.NameMatch;
import vn.gov.cchc.task.importing.ParsedTask;
import vn.gov.cchc.task.importing.Timeframe;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.TimeframeParser;
import vn.gov.cchc.task.importing.UnitCandidate;
import vn.gov.cchc.task.importing.UnitNameMatcher;
import vn.gov.cchc.unit.OfficialNames;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/** Reads an appendix pasted from a document (tab-separated) or uploaded as .xlsx, and writes it back as .xlsx. */
@ApplicationScoped
public class TaskImportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    TaskService tasks;

    @Inject
    OfficialNames officialNames;

    @Schema(name = "ImportedTask", description = "A task as read from the table, with its units and timeframe resolved where possible")
    public record ImportedTask(
            @Schema(required = true, description = "Source rows (lines of the pasted text, rows of the sheet), from 1") List<Integer> rows,
            @Schema(required = true, nullable = true) String sectionCode,
            @Schema(required = true, nullable = true) String sectionTitle,
            @Schema(required = true) int orderNo,
            @Schema(required = true) String content,
            @Schema(required = true) List<AssignmentView> lead,
            @Schema(required = true) List<AssignmentView> cooperating,
            @Schema(required = true) TimeframeView timeframe,
            @Schema(required = true, nullable = true) String expectedOutput) {
    }

    @Schema(name = "ImportProblem",
            description = "Something in the table that needs a look: an unknown unit name or timeframe, a missing cell, a malformed row")
    public record ProblemView(
            @Schema(required = true, description = "Source row, from 1; 0 for the whole table") int row,
            @Schema(required = true, nullable = true, description = "TT, content, lead, cooperating, timeframe or output") String column,
            @Schema(required = true, nullable = true, description = "The text concerned") String text,
            @Schema(required = true) ImportProblemCode code,
            @Schema(required = true, description = "What is wrong, in the language of the request") String message,
            @Schema(required = true, nullable = true, description = """
                    For UNKNOWN_UNIT: the unit the name matches when diacritics, case and a leading "UBND" are ignored
                    ("did you mean …"). A suggestion only: the name is not assigned to it.""") UnitRef suggestion) {
    }

    @Schema(name = "ImportResult", description = "What an import read (and, unless a dry run, saved)")
    public record ImportResult(
            @Schema(required = true) List<ImportedTask> tasks,
            @Schema(required = true) List<ProblemView> problems,
            @Schema(required = true, description = "True when the tasks were saved") boolean saved,
            @Schema(required = true, description = "How many tasks were saved") int savedCount) {
    }

    /**
     * Reads the table; saves it unless {@code dryRun}. With problems and without {@code acceptProblems}
     * nothing is saved and the answer is a 400 listing them; with {@code acceptProblems} names that
     * match no unit are kept as written and timeframes not understood are kept as text.
     */
    @Transactional
    public ImportResult importTable(long planId, byte[] body, String mediaType, boolean dryRun, boolean acceptProblems,
            boolean replace, Locale locale) {
        Plan plan = plans.editable(planId);
        Read read = read(plan, body, mediaType);
        List<ProblemView> views = read.problems().stream().map(x -> view(x, locale)).toList();
        if (dryRun) {
            return new ImportResult(read.tasks(), views, false, 0);
        }
        boolean blocking = read.tasks().isEmpty() || read.problems().stream().anyMatch(x -> isStructural(x.code()));
        if (blocking || (!views.isEmpty() && !acceptProblems)) {
            throw ProblemException.invalid(views.stream()
                    .map(v -> new FieldViolation("rows[" + v.row() + "]" + (v.column() == null ? "" : "." + v.column()),
                            v.message()))
                    .toList());
        }
        int saved = tasks.persistAll(plan, read.inputs(), replace).items().size();
        return new ImportResult(read.tasks(), views, true, saved);
    }

    /**
     * For data loading, without a signed-in caller: appends the tasks of a tab-separated appendix to
     * a plan, keeping names that match no unit as written. Returns the problems found.
     */
    @Transactional
    public List<ImportProblem> loadAppendix(long planId, String tsv) {
        Plan plan = plans.find(planId);
        Read read = read(plan, tsv.getBytes(StandardCharsets.UTF_8), MediaType_TEXT);
        if (!read.tasks().isEmpty()) {
            tasks.persistAll(plan, read.inputs(), false);
        }
        return read.problems();
    }

    private static final String MediaType_TEXT = "text/plain";

    private ProblemView view(ImportProblem x, Locale locale) {
        String text = x.text() == null ? "" : x.text();
        Unit suggested = x.suggestedUnitId() == null ? null : units.find(x.suggestedUnitId()).orElse(null);
        if (suggested != null) {
            return new ProblemView(x.row(), x.column(), x.text(), x.code(),
                    Messages.get(locale, "import.problem." + x.code().name() + ".suggestion", text, suggested.name), UnitRef.of(suggested));
        }
        return new ProblemView(x.row(), x.column(), x.text(), x.code(), Messages.get(locale, "import.problem." + x.code().name(), text),
                null);
    }

    private record Read(List<ImportedTask> tasks, List<ImportProblem> problems) {
        List<TaskInput> inputs() {
            return tasks.stream().map(TaskImportService::toInput).toList();
        }
    }

    /** Reads the table and resolves its names and timeframes against the plan. */
    private Read read(Plan plan, byte[] body, String mediaType) {
        AppendixParse parse = read(body, mediaType);
        UnitNameMatcher matcher = new UnitNameMatcher(candidates(plan.issuingUnit));
        List<ImportedTask> imported = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(parse.problems());
        for (ParsedTask p : parse.tasks()) {
            int row = p.sourceRows().isEmpty() ? 0 : p.sourceRows().get(0);
            List<AssignmentView> lead = resolve(matcher, p.leadText(), row, "lead", problems);
            List<AssignmentView> coop = resolve(matcher, p.cooperatingText(), row, "cooperating", problems);
            TimeframeView timeframe;
            if (p.timeframeText() == null || p.timeframeText().isBlank()) {
                timeframe = new TimeframeView(null, TimeframeKind.UNSPECIFIED, List.of(), null, null);
            } else {
                Timeframe t = TimeframeParser.parse(p.timeframeText(), plan.year).orElse(null);
                if (t == null) {
                    problems.add(new ImportProblem(row, "timeframe", p.timeframeText(), ImportProblemCode.UNKNOWN_TIMEFRAME));
                    timeframe = new TimeframeView(p.timeframeText(), TimeframeKind.UNSPECIFIED, List.of(), null, null);
                } else {
                    timeframe = new TimeframeView(p.timeframeText(), t.kind(), t.quarters(), t.start(), t.end());
                }
            }
            imported.add(new ImportedTask(p.sourceRows(), p.sectionCode(), p.sectionTitle(), p.orderNo(), p.content(),
                    lead, coop, timeframe, p.outputText()));
        }
        if (imported.isEmpty() && problems.stream().noneMatch(x -> x.code() == ImportProblemCode.NO_TASKS)) {
            problems.add(new ImportProblem(0, null, null, ImportProblemCode.NO_TASKS));
        }
        return new Read(imported, problems);
    }

    private static boolean isStructural(ImportProblemCode code) {
        return switch (code) {
            case NO_TASKS, UNREADABLE_FILE, TOO_MANY_ROWS, MISSING_CONTENT -> true;
            default -> false;
        };
    }

    private static AppendixParse read(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "import.empty");
        }
        if (mediaType != null && mediaType.startsWith(XLSX)) {
            return AppendixReader.readXlsx(new ByteArrayInputStream(body));
        }
        return AppendixReader.readTsv(new String(body, StandardCharsets.UTF_8));
    }

    private List<AssignmentView> resolve(UnitNameMatcher matcher, String cell, int row, String column,
            List<ImportProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<AssignmentView> out = new ArrayList<>();
        for (NameMatch m : matcher.match(cell)) {
            if (!m.resolved()) {
                problems.add(new ImportProblem(row, column, m.text(), ImportProblemCode.UNKNOWN_UNIT, m.suggestedUnitId()));
            }
            Unit unit = m.unitId() == null ? null : units.find(m.unitId()).orElse(null);
            out.add(new AssignmentView(unit == null ? null : UnitRef.of(unit), m.group(), m.text(), m.resolved()));
        }
        return out;
    }

    /**
     * The units an appendix of a plan issued by {@code issuer} may name: for a province, its
     * departments, public service units, media, Fatherland Front and communes (not the communes'
     * divisions, whose names repeat from commune to commune); for a commune, its own units.
     */
    private List<UnitCandidate> candidates(Unit issuer) {
        boolean communeLevel = issuer.kind == UnitKind.COMMUNE || issuer.kind == UnitKind.COMMUNE_DIVISION;
        String enclosing = enclosingName(issuer);
        List<Unit> named = units.subtree(issuer).stream()
                .filter(u -> communeLevel || (u.kind != UnitKind.COMMUNE_DIVISION && u.kind != UnitKind.VILLAGE))
                .toList();
        // also by their official names and codes in the national list
        java.util.Map<String, String> official = officialNames
                .byCode(named.stream().map(u -> u.officialCode).filter(java.util.Objects::nonNull).toList());
        return named.stream()
                .map(u -> new UnitCandidate(u.id, u.name, u.shortName, u.kind, enclosing, u.officialCode,
                        u.officialCode == null ? null : official.get(u.officialCode)))
                .toList();
    }

    /** "UBND tỉnh Phú Thọ" → "Phú Thọ"; "UBND xã Năm Dẩn" → "xã Năm Dẩn": what unit names may leave out. */
    static String enclosingName(Unit issuer) {
        String n = issuer.name.replaceFirst("^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+", "");
        return issuer.kind == UnitKind.PROVINCE ? n.replaceFirst("^(tỉnh|thành phố)\\s+", "") : n;
    }

    private static TaskInput toInput(ImportedTask t) {
        TimeframeView tf = t.timeframe();
        TimeframeInput timeframe = new TimeframeInput(tf.text(), tf.kind(), tf.quarters().isEmpty() ? null : tf.quarters(),
                tf.start(), tf.end());
        return new TaskInput(t.sectionCode(), t.sectionTitle(), t.content(), null, null, null, null,
                assignments(t.lead()), assignments(t.cooperating()), t.expectedOutput(), null, null, timeframe, null);
    }

    private static List<AssignmentInput> assignments(List<AssignmentView> views) {
        return views.stream().map(v -> new AssignmentInput(v.unit() == null ? null : v.unit().id(), v.group(),
                v.text())).collect(Collectors.toList());
    }

    /** The appendix as .xlsx: TT, content, lead, cooperating, timeframe, output. */
    @Transactional
    public byte[] exportXlsx(long planId) {
        Plan plan = plans.visible(planId);
        List<AppendixXlsxWriter.Row> rows = tasks.tasksOf(plan).stream().map(t -> new AppendixXlsxWriter.Row(
                t.sectionCode, t.sectionTitle, t.orderNo, t.content, names(t, AssignmentRole.LEAD),
                names(t, AssignmentRole.COOPERATING), t.timeframeText, t.expectedOutput)).toList();
        String title = "Phụ lục: " + plan.title + (plan.number() == null ? "" : " (Kế hoạch số " + plan.number() + ")");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AppendixXlsxWriter.write(title, rows, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the appendix", e);
        }
        return out.toByteArray();
    }

    private static String names(Task t, AssignmentRole role) {
        return t.assignments(role).stream().map(a -> a.text).collect(Collectors.joining("; "));
    }
}
