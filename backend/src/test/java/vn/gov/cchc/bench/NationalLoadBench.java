package vn.gov.cchc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
import vn.gov.cchc.unit.NationalDtos.NationalProvince;
import vn.gov.cchc.unit.NationalUnitService;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * The benchmark of {@code bench/run.sh} (not a test: its name keeps it out of the suite, it prints figures and gates
 * nothing). Against an empty database (no demo data):
 * <ol>
 * <li>fan-out: one province with issued plans whose tasks fall on "UBND cấp xã" loads its communes through
 * {@link NationalUnitService#loadCommunes}, as {@code POST /units/{id}/national-communes} does; the time and the
 * number of deadlines derived for the new communes are printed, then everything is rolled back;</li>
 * <li>the whole country: the 34 provinces are created and each loads its communes, one transaction per province,
 * as an administrator would; total time, communes per second and the slowest province are printed beside the
 * goal.</li>
 * </ol>
 * Knobs (system properties): {@code bench.goalSeconds} (60), {@code bench.fanout.province} (25, Phú Thọ),
 * {@code bench.fanout.plans} (3), {@code bench.fanout.tasks} (10 per plan), {@code bench.out} (a file the figures
 * are also written to).
 */
@QuarkusTest
@TestProfile(NationalLoadBench.Empty.class)
class NationalLoadBench {

    /** No demo data, no reminder job: the database holds only what the bench loads. */
    public static class Empty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cchc.demo.enabled", "false", "cchc.reminders.enabled", "false");
        }
    }

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

    @Inject
    UserTransaction tx;

    private final List<String> out = new ArrayList<>();

    @Test
    void run() throws Exception {
        Assertions.assertEquals(0, units.count(), "the bench needs an empty database (no demo data)");
        double goal = Double.parseDouble(System.getProperty("bench.goalSeconds", "60"));
        print("machine: %d processors, Java %s", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        fanOut();
        country(goal);
        String file = System.getProperty("bench.out");
        if (file != null) {
            try {
                Files.write(Path.of(file), out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                print("cannot write %s: %s", file, e);
            }
        }
    }

    private void fanOut() throws Exception {
        String code = System.getProperty("bench.fanout.province", "25");
        int planCount = Integer.getInteger("bench.fanout.plans", 3);
        int taskCount = Integer.getInteger("bench.fanout.tasks", 10);
        NationalProvince national = nationalUnits.provinces().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow();
        tx.begin();
        try {
            Unit ministry = units.create("BENCH", "Bộ Nội vụ", null, UnitKind.MINISTRY, null, 0);
            Unit province = units.create("BENCH-" + code, "UBND " + national.name(), "UBND tỉnh", UnitKind.PROVINCE, ministry, 0);
            units.create("BENCH-" + code + "-SNV", "Sở Nội vụ", "Sở Nội vụ", UnitKind.DEPARTMENT, province, 0, true);
            List<Long> planIds = new ArrayList<>();
            for (int i = 1; i <= planCount; i++) {
                long planId = plans.importPlan(
                        new PlanInput(PlanKind.COMMUNICATION, 2026, "Kế hoạch thử số " + i, province.id, null, null, List.of(), null,
                                List.of(), null),
                        new IssuePlanRequest(i + "/KH-UBND", LocalDate.of(2026, 1, 20), null, "Người ký", "Phó Chủ tịch", null));
                schedules.load(planId, new ScheduleInput("Báo cáo định kỳ hằng quý", PeriodType.QUARTER, null,
                        DueRule.DAY_OF_LAST_MONTH, 10, null, null, null, null));
                StringBuilder tsv = new StringBuilder("TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n");
                for (int t = 1; t <= taskCount; t++) {
                    tsv.append(t).append("\tNhiệm vụ thử ").append(t).append("\tUBND cấp xã\tSở Nội vụ\t")
                            .append(t % 2 == 0 ? "Định kỳ hằng quý" : "Năm 2026").append('\n');
                }
                var problems = appendices.loadAppendix(planId, tsv.toString());
                Assertions.assertEquals(List.of(), problems);
                deadlines.reconcile(plans.find(planId));
                planIds.add(planId);
            }
            long before = Deadline.count("plan.id in ?1", planIds);
            long t0 = System.nanoTime();
            Diff diff = nationalUnits.loadCommunes(province.id, code, false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long derived = Deadline.count("plan.id in ?1", planIds) - before;
            print("fan-out: %s, %d issued plans × %d tasks for \"UBND cấp xã\" + a quarterly report schedule each:", national.name(),
                    planCount, taskCount);
            print("  loaded %d communes in %.2f s; %d deadlines derived for them (%.0f per commune, %.0f deadlines/s)",
                    diff.created(), seconds, derived, (double) derived / Math.max(1, diff.created()), derived / seconds);
        } finally {
            tx.rollback();
        }
    }

    private void country(double goal) throws Exception {
        List<NationalProvince> provinces = nationalUnits.provinces();
        tx.begin();
        Unit ministry = units.create("BNV", "Bộ Nội vụ", null, UnitKind.MINISTRY, null, 0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            NationalProvince p = provinces.get(i);
            ids.add(units.create("P" + p.code(), "UBND " + p.name(), "UBND tỉnh", UnitKind.PROVINCE, ministry, i).id);
        }
        tx.commit();
        int total = 0;
        double worst = 0;
        String worstName = null;
        int worstCount = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < provinces.size(); i++) {
            long p0 = System.nanoTime();
            Diff diff = nationalUnits.loadCommunes(ids.get(i), provinces.get(i).code(), false); // its own transaction
            double s = (System.nanoTime() - p0) / 1e9;
            total += diff.created();
            if (s > worst) {
                worst = s;
                worstName = diff.provinceName();
                worstCount = diff.created();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Assertions.assertEquals(3321, total, "the national list has 3,321 communes");
        print("country: %d provinces, %d communes loaded into an empty tree in %.2f s (%.0f communes/s)", provinces.size(), total,
                seconds, total / seconds);
        print("  slowest province: %s, %d communes in %.2f s", worstName, worstCount, worst);
        print("  goal: the whole country in under %.0f s on this machine: %.2f s is %.0f%% of the goal (%s)", goal, seconds,
                100 * seconds / goal, seconds <= goal ? "met" : "NOT met");
        Diff again = nationalUnits.loadCommunes(ids.get(0), provinces.get(0).code(), true);
        print("  a repeated dry run of %s: %d new, %d unchanged", again.provinceName(), again.newUnits().size(), again.unchanged());
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        out.add(line);
        System.out.println("[bench] " + line);
    }
}
