package vn.gov.cchc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleInput;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.DueRule;
import vn.gov.cchc.deadline.PeriodType;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.plan.PlanDtos.IssuePlanRequest;
import vn.gov.cchc.plan.PlanDtos.PlanInput;
import vn.gov.cchc.plan.PlanKind;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.task.TaskImportService;
import vn.gov.cchc.unit.NationalDtos.Diff;
import vn.gov.cchc.unit.NationalUnitService;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * A province that already has an issued plan addressed to "UBND cấp xã" loads its communes from the national
 * list: each new commune owes that plan's obligations at once (its implementing plan, its reports, its task),
 * as the demo provinces' communes do. Rolled back at the end: the other tests keep the demo tree.
 */
@QuarkusTest
class NationalCommunesFanOutTest {

    /** Lai Châu: 38 communes in the national list, no demo unit of its own. */
    private static final String LAI_CHAU = "12";

    @Inject
    UnitService units;

    @Inject
    NationalUnitService nationalUnits;

    @Inject
    PlanService plans;

    @Inject
    TaskImportService appendices;

    @Inject
    ScheduleService schedules;

    @Inject
    DeadlineService deadlines;

    @Test
    @TestTransaction
    void loadedCommunesOweTheIssuedPlansOfTheirProvince() {
        Unit ministry = units.findByCode("BNV").orElseThrow();
        Unit province = units.create("FANOUT-LC", "UBND tỉnh Lai Châu", "UBND tỉnh", UnitKind.PROVINCE, ministry, 99);
        units.create("FANOUT-LC-SNV", "Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ", UnitKind.DEPARTMENT, province, 0, true);
        PlanInput input = new PlanInput(PlanKind.COMMUNICATION, 2026, "Tuyên truyền cải cách hành chính tỉnh Lai Châu năm 2026",
                province.id, "Lai Châu", null, List.of(), null, List.of(), null);
        long planId = plans.importPlan(input,
                new IssuePlanRequest("7/KH-UBND", LocalDate.of(2026, 1, 15), null, "Nguyễn Văn A", "Phó Chủ tịch", null));
        schedules.load(planId, new ScheduleInput("Báo cáo năm", PeriodType.YEAR, null, DueRule.DAY_OF_NEXT_MONTH, 10, null,
                null, null, null));
        assertEquals(List.of(), appendices.loadAppendix(planId,
                "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
                        + "1\tĐăng tải tin, bài về cải cách hành chính trên trang thông tin điện tử\tUBND cấp xã\tSở Nội vụ\tNăm 2026\n"));
        deadlines.reconcile(plans.find(planId));
        assertEquals(0, Deadline.count("plan.id = ?1 and unit.kind = ?2", planId, UnitKind.COMMUNE),
                "no commune yet, so nobody owes the commune task");

        Diff diff = nationalUnits.loadCommunes(province.id, LAI_CHAU, false);

        assertEquals(38, diff.created());
        List<Unit> communes = units.within(province, List.of(UnitKind.COMMUNE));
        assertEquals(38, communes.size());
        Unit first = communes.stream().filter(c -> c.officialCode.equals(diff.newUnits().get(0).code())).findFirst()
                .orElseThrow();
        List<Deadline> owed = Deadline.list("plan.id = ?1 and unit.id = ?2", planId, first.id);
        Map<String, LocalDate> byKind = owed.stream()
                .collect(Collectors.toMap(d -> d.kind.name(), d -> d.dueOn, (a, b) -> a, java.util.TreeMap::new));
        // 15 working days after 15/01/2026 (Tết and its week off fall later); the annual report; the year's task
        assertEquals(Map.of("IMPLEMENTING_PLAN", LocalDate.of(2026, 2, 5), "REPORT", LocalDate.of(2027, 1, 10), "TASK",
                LocalDate.of(2026, 12, 31)), byKind, first.name + " owes " + owed.size() + " deadlines");
        long communeDeadlines = Deadline.count("plan.id = ?1 and unit.kind = ?2", planId, UnitKind.COMMUNE);
        assertEquals(38 * 3, communeDeadlines, "every loaded commune owes the three obligations");
        assertTrue(communes.stream().allMatch(c -> c.officialCode != null && c.officialCode.length() == 5));
    }
}
