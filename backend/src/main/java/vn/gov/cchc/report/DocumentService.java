package vn.gov.cchc.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.export.Block;
import vn.gov.cchc.export.DocHeader;
import vn.gov.cchc.export.DocxWriter;
import vn.gov.cchc.export.Heading;
import vn.gov.cchc.export.OfficialDocument;
import vn.gov.cchc.export.Paragraph;
import vn.gov.cchc.export.Sheet;
import vn.gov.cchc.export.Signature;
import vn.gov.cchc.export.Table;
import vn.gov.cchc.export.XlsxWriter;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.report.ReportDtos.FigureView;
import vn.gov.cchc.report.ReportDtos.ItemView;
import vn.gov.cchc.report.ReportDtos.ReportView;
import vn.gov.cchc.report.ReportingDtos.Consolidation;
import vn.gov.cchc.report.ReportingDtos.Excerpt;
import vn.gov.cchc.report.ReportingDtos.Rates;
import vn.gov.cchc.report.ReportingDtos.TaskRow;
import vn.gov.cchc.report.ReportingDtos.UnitRate;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * The official documents of reporting, in the layout of Decree 30/2020/NĐ-CP: the province's
 * consolidated report and a unit's own report as .docx, and the rates and figures as .xlsx.
 * Documents are in Vietnamese, as filed.
 */
@ApplicationScoped
public class DocumentService {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Messages.VI;

    @Inject
    ConsolidationService reporting;

    @Inject
    ReportService reports;

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    TimeService time;

    /** How the signature block reads: capacity, position, name (any may be left to defaults). */
    public record Signer(String capacity, String position, String name) {
    }

    @Transactional
    public byte[] consolidatedReport(long planId, Long scheduleId, String period, String number, Signer signer) {
        // the same scope as the consolidation on screen: a lead department's document shows the tasks it leads
        ConsolidationService.Read read = reporting.read(planId, scheduleId, period, VI);
        Consolidation c = read.consolidation();
        Rates rates = read.rates();
        Plan plan = read.plan();
        Unit receiver = read.author();
        Map<String, String[]> metrics = reporting.metricLabels(VI);
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Thực hiện " + planReference(plan) + ", " + receiver.name + " tổng hợp kết quả thực hiện "
                + c.period().label() + " từ báo cáo của " + rates.totals().sent() + "/" + rates.totals().expected()
                + " cơ quan, đơn vị, địa phương (" + rates.totals().sentOnTime() + " đơn vị gửi đúng hạn "
                + c.period().dueOn().format(VN) + ") như sau:"));
        body.add(new Heading("I. TÌNH HÌNH BÁO CÁO", 1));
        List<List<String>> rateRows = new ArrayList<>();
        int i = 1;
        for (UnitRate r : rates.units()) {
            rateRows.add(List.of(String.valueOf(i++), r.unit().name(), r.dueOn().format(VN),
                    r.sentOn() == null ? "" : r.sentOn().format(VN), rateState(r)));
        }
        body.add(new Table(null, List.of("TT", "Cơ quan, đơn vị", "Hạn gửi", "Ngày gửi", "Tình trạng"), rateRows,
                List.of("", "Tổng: " + rates.totals().expected() + " đơn vị", "",
                        "Đã gửi: " + rates.totals().sent(), "Đúng hạn: " + rates.totals().sentOnTime()),
                new int[] { 6, 40, 14, 14, 26 }));
        if (!rates.missingUnits().isEmpty()) {
            body.add(new Paragraph("Chưa gửi báo cáo: " + String.join("; ",
                    rates.missingUnits().stream().map(u -> u.name()).toList()) + "."));
        }
        body.add(new Heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 1));
        List<List<String>> taskRows = new ArrayList<>();
        for (TaskRow t : c.tasks()) {
            taskRows.add(List.of(tt(t.task()), t.task().excerpt(), String.valueOf(t.units().size()),
                    t.done() + " / " + t.inProgress() + " / " + t.notStarted(), figures(t.totals(), metrics),
                    t.target() == null ? "" : t.target().achieved() + "/" + t.target().required() + " ("
                            + t.target().percent() + "%)"));
        }
        body.add(new Table(null, List.of("TT", "Nhiệm vụ", "Số đơn vị báo cáo", "Hoàn thành / Đang thực hiện / Chưa thực hiện",
                "Số liệu", "Chỉ tiêu (đạt/yêu cầu)"), taskRows, null, new int[] { 7, 38, 10, 15, 18, 12 }));
        body.add(new Heading("III. SỐ LIỆU TỔNG HỢP", 1));
        List<List<String>> figureRows = new ArrayList<>();
        int j = 1;
        long grand = 0;
        for (Map.Entry<String, String[]> m : metrics.entrySet()) {
            Long v = c.totals().get(m.getKey());
            if (v == null) {
                continue;
            }
            grand += v;
            figureRows.add(List.of(String.valueOf(j++), m.getValue()[0], m.getValue()[1] == null ? "" : m.getValue()[1],
                    String.format(Locale.ROOT, "%,d", v).replace(',', '.')));
        }
        body.add(new Table(null, List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Tổng cộng"), figureRows, null,
                new int[] { 8, 52, 20, 20 }));
        narrative(body, "IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", c.shortcomings());
        narrative(body, "V. KHÓ KHĂN, VƯỚNG MẮC", c.difficulties());
        narrative(body, "VI. ĐỀ XUẤT, KIẾN NGHỊ", c.proposals());
        Unit province = units.provinceOf(receiver).orElse(plan.issuingUnit);
        DocHeader header = new DocHeader(province.name.toUpperCase(VI), bodyName(receiver), "BC-" + symbolOf(receiver),
                number, place(province), time.today(), time.today().getYear());
        String subject = "Kết quả thực hiện " + lowerFirst(planTitle(plan)) + " – " + c.period().label();
        List<String> recipients = List.of(
                "UBND tỉnh (b/c)",
                "Bộ Nội vụ (b/c)",
                "Các sở, ban, ngành",
                "UBND các xã, phường",
                "Lưu: VT, CCHC");
        Signature signature = new Signature(def(signer.capacity(), "KT. GIÁM ĐỐC"), def(signer.position(), "PHÓ GIÁM ĐỐC"),
                def(signer.name(), ""));
        return DocxWriter.write(new OfficialDocument(header, "BÁO CÁO", subject, body, recipients, signature));
    }

    @Transactional
    public byte[] unitReport(long reportId, String number) {
        ReportView r = reports.read(reportId, VI);
        Report report = Report.findById(reportId);
        Plan plan = report.plan;
        Map<String, String[]> metrics = reporting.metricLabels(VI);
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Thực hiện " + planReference(plan) + ", " + report.sender().name() + " báo cáo kết quả thực hiện "
                + r.period().label() + " như sau:"));
        body.add(new Heading("I. KẾT QUẢ ĐẠT ĐƯỢC", 1));
        if (r.results() != null) {
            body.add(new Paragraph(r.results()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ItemView i : r.items()) {
            rows.add(List.of(tt(i.task()), i.task().excerpt(), i.role().name().equals("LEAD") ? "Chủ trì" : "Phối hợp",
                    status(i), i.output() == null ? "" : i.output(), figureList(i.figures(), metrics)));
        }
        body.add(new Table(null, List.of("TT", "Nhiệm vụ", "Vai trò", "Tiến độ", "Kết quả", "Số liệu"), rows, null,
                new int[] { 7, 33, 10, 12, 22, 16 }));
        section(body, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", r.shortcomings());
        section(body, "III. KHÓ KHĂN, VƯỚNG MẮC", r.difficulties());
        section(body, "IV. ĐỀ XUẤT, KIẾN NGHỊ", r.proposals());
        Unit unit = report.unit;
        Unit province = units.provinceOf(unit).orElse(unit);
        boolean commune = unit.kind == UnitKind.COMMUNE;
        LocalDate date = r.sentOn() == null ? null : r.sentOn();
        DocHeader header = new DocHeader(province.name.toUpperCase(VI), bodyName(unit),
                commune ? "BC-UBND" : "BC-" + symbolOf(unit), number, place(province), date,
                (date == null ? time.today() : date).getYear());
        String leader = r.history().stream().filter(e -> e.action() == ReportAction.APPROVE)
                .reduce((a, b) -> b).map(e -> e.displayName() == null ? "" : e.displayName()).orElse("");
        Signature signature = commune ? new Signature("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", leader)
                : new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", leader);
        List<String> recipients = List.of(report.schedule.receivingUnit.name + " (b/c)", "Lưu: VT");
        String subject = "Kết quả thực hiện " + lowerFirst(planTitle(plan)) + " – " + r.period().label();
        return DocxWriter.write(new OfficialDocument(header, "BÁO CÁO", subject, body, recipients, signature));
    }

    @Transactional
    public byte[] spreadsheet(long planId, Long scheduleId, String period) {
        ConsolidationService.Read read = reporting.read(planId, scheduleId, period, VI);
        Rates rates = read.rates();
        Consolidation c = read.consolidation();
        Map<String, String[]> metrics = reporting.metricLabels(VI);
        List<List<Object>> rateRows = new ArrayList<>();
        int i = 1;
        for (UnitRate r : rates.units()) {
            rateRows.add(List.of(i++, r.unit().name(), r.dueOn(), r.sentOn() == null ? "" : (Object) r.sentOn(),
                    r.sent() ? 1 : 0, r.onTime() ? 1 : 0, r.accepted() ? 1 : 0, rateState(r)));
        }
        Sheet rateSheet = new Sheet("Tình hình báo cáo", "Tình hình gửi báo cáo " + rates.period().label() + " – "
                + planTitle(read.plan()),
                List.of("TT", "Cơ quan, đơn vị", "Hạn gửi", "Ngày gửi", "Đã gửi",
                        "Đúng hạn", "Đã tiếp nhận", "Tình trạng"),
                rateRows, List.of("", "Tổng cộng (" + rates.totals().expected() + " đơn vị)", "", "", rates.totals().sent(),
                        rates.totals().sentOnTime(), rates.totals().accepted(), "Thiếu: " + rates.totals().missing()));
        // figures: one row per unit counted, one column per metric that appears, totals at the bottom
        List<String> used = metrics.keySet().stream().filter(c.totals()::containsKey).toList();
        List<String> headers = new ArrayList<>(List.of("TT", "Cơ quan, đơn vị"));
        used.forEach(m -> headers.add(metrics.get(m)[0] + (metrics.get(m)[1] == null ? "" : " (" + metrics.get(m)[1] + ")")));
        List<List<Object>> figureRows = new ArrayList<>();
        int j = 1;
        for (ReportingDtos.Included inc : c.included()) {
            List<Object> row = new ArrayList<>(List.of(j++, inc.unit().name()));
            for (String m : used) {
                long sum = 0;
                for (TaskRow t : c.tasks()) {
                    for (ReportingDtos.UnitResult u : t.units()) {
                        if (u.unit().id() == inc.unit().id()) {
                            sum += u.figures().getOrDefault(m, 0L);
                        }
                    }
                }
                row.add(sum);
            }
            figureRows.add(row);
        }
        List<Object> totals = new ArrayList<>(List.of("", "Tổng cộng"));
        used.forEach(m -> totals.add(c.totals().get(m)));
        Sheet figureSheet = new Sheet("Số liệu", "Số liệu tổng hợp " + c.period().label(), headers, figureRows, totals);
        List<List<Object>> taskRows = new ArrayList<>();
        for (TaskRow t : c.tasks()) {
            taskRows.add(List.of(tt(t.task()), t.task().excerpt(), t.units().size(), t.done(), t.inProgress(),
                    t.notStarted(), t.target() == null ? "" : (Object) t.target().achieved(),
                    t.target() == null ? "" : (Object) t.target().required()));
        }
        Sheet taskSheet = new Sheet("Nhiệm vụ", "Kết quả theo nhiệm vụ " + c.period().label(), List.of("TT", "Nhiệm vụ",
                "Số đơn vị báo cáo", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Chỉ tiêu đạt", "Chỉ tiêu yêu cầu"),
                taskRows, null);
        return XlsxWriter.write(List.of(rateSheet, figureSheet, taskSheet));
    }

    // ---------------------------------------------------------------- helpers

    private static String planReference(Plan plan) {
        return plan.number() == null ? "Kế hoạch " + lowerFirst(plan.title)
                : "Kế hoạch số " + plan.number() + " ngày " + plan.issuedOn.format(VN) + " của " + plan.issuingUnit.name;
    }

    private static String planTitle(Plan plan) {
        return plan.number() == null ? "Kế hoạch " + lowerFirst(plan.title)
                : "Kế hoạch số " + plan.number() + " về " + lowerFirst(plan.title);
    }

    private static String rateState(UnitRate r) {
        if (r.accepted()) {
            return "Đã tiếp nhận";
        }
        if (r.sent()) {
            return r.onTime() ? "Đã gửi đúng hạn" : "Đã gửi muộn";
        }
        if (r.reportState() == ReportState.RETURNED) {
            return "Bị trả lại, chưa gửi lại";
        }
        return r.overdue() ? "Quá hạn, chưa gửi" : "Chưa gửi";
    }

    private static String tt(TaskRef t) {
        return (t.sectionCode() == null ? "" : t.sectionCode() + ".") + t.orderNo();
    }

    private static String status(ItemView i) {
        String s = switch (i.status()) {
            case DONE -> "Hoàn thành";
            case IN_PROGRESS -> "Đang thực hiện";
            case NOT_STARTED -> "Chưa thực hiện";
        };
        return i.percent() == null ? s : s + " (" + i.percent() + "%)";
    }

    private static String figures(Map<String, Long> figures, Map<String, String[]> metrics) {
        List<String> parts = new ArrayList<>();
        metrics.forEach((code, label) -> {
            Long v = figures.get(code);
            if (v != null) {
                parts.add(label[0] + ": " + v + (label[1] == null ? "" : " " + label[1]));
            }
        });
        return String.join("; ", parts);
    }

    private static String figureList(List<FigureView> figures, Map<String, String[]> metrics) {
        List<String> parts = new ArrayList<>();
        for (FigureView f : figures) {
            String[] label = metrics.get(f.metric());
            parts.add((label == null ? f.metric() : label[0]) + ": " + f.value() + (f.measure() == null ? "" : " " + f.measure()));
        }
        return String.join("; ", parts);
    }

    private static void narrative(List<Block> body, String heading, List<Excerpt> excerpts) {
        body.add(new Heading(heading, 1));
        if (excerpts.isEmpty()) {
            body.add(new Paragraph("Các đơn vị không nêu."));
        }
        for (Excerpt e : excerpts) {
            body.add(new Paragraph(e.unit().name() + ": " + e.text()));
        }
    }

    private static void section(List<Block> body, String heading, String text) {
        body.add(new Heading(heading, 1));
        body.add(new Paragraph(text == null ? "Không có." : text));
    }

    /** "UBND phường Việt Trì" → "ỦY BAN NHÂN DÂN PHƯỜNG VIỆT TRÌ"; "Sở Nội vụ tỉnh Phú Thọ" → "SỞ NỘI VỤ". */
    static String bodyName(Unit u) {
        String name = u.kind == UnitKind.COMMUNE ? u.name.replaceFirst("^UBND ", "Ủy ban nhân dân ")
                : u.shortName != null ? u.shortName : u.name;
        return name.toUpperCase(VI);
    }

    /** "PT-SNV" → "SNV". */
    static String symbolOf(Unit u) {
        int dash = u.code.lastIndexOf('-');
        return dash < 0 ? u.code : u.code.substring(dash + 1);
    }

    /** "UBND tỉnh Phú Thọ" → "Phú Thọ". */
    static String place(Unit province) {
        return province.name.replaceFirst("^(UBND|Ủy ban nhân dân)\\s+(tỉnh|thành phố)\\s+", "");
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String def(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
