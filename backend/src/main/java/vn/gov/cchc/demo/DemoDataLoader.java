package vn.gov.cchc.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleInput;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.plan.PlanDtos.IssuePlanRequest;
import vn.gov.cchc.plan.PlanDtos.PlanInput;
import vn.gov.cchc.plan.PlanDtos.SectionsDto;
import vn.gov.cchc.plan.PlanKind;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.task.TaskImportService;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * Loads the demo organisation tree and the four seed plans into an empty database. The facts of
 * each plan (number, dates, title, issuer) are in {@code demo/plans.json}; the texts of their
 * sections are read at start from the seeds folder ({@code cchc.seeds.dir}, by default
 * {@code ../shared/seeds}), never copied into the repository. Without that folder the plans are
 * loaded without their texts and the log says so.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "cchc.demo.enabled")
    boolean enabled;

    @ConfigProperty(name = "cchc.seeds.dir")
    String seedsDir;

    @Inject
    UnitService units;

    @Inject
    PlanService plans;

    @Inject
    TaskImportService appendices;

    @Inject
    ScheduleService schedules;

    @Inject
    DeadlineService deadlines;

    @Inject
    ObjectMapper json;

    record UnitSeed(String code, String name, String shortName, UnitKind kind, Boolean coordinating,
            List<UnitSeed> children) {
    }

    record PlanSeed(String seed, Boolean appendix, List<OrganisationTasks.Item> tasks, List<ScheduleInput> schedules, PlanKind kind, int year, String status,
            String title, String issuingUnit, String place,
            List<String> legalBases, String number, LocalDate issuedOn, LocalDate effectiveOn, String signerName,
            String signerPosition, String signingCapacity) {
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        load();
    }

    @Transactional
    public void load() {
        if (units.count() > 0) {
            LOG.info("Demo data: the database already has units; nothing loaded");
            return;
        }
        List<UnitSeed> tree = read("demo/units.json", new TypeReference<>() {
        });
        int[] count = { 0 };
        for (int i = 0; i < tree.size(); i++) {
            createUnit(tree.get(i), null, i, count);
        }
        Path seeds = Path.of(seedsDir);
        boolean haveSeeds = Files.isDirectory(seeds);
        if (!haveSeeds) {
            LOG.warnf("Demo data: seeds folder %s not found (set CCHC_SEEDS_DIR); the demo plans are loaded WITHOUT their texts",
                    seeds.toAbsolutePath());
        }
        List<PlanSeed> planSeeds = read("demo/plans.json", new TypeReference<>() {
        });
        for (PlanSeed p : planSeeds) {
            SectionsDto sections = null;
            List<String> recipients = List.of();
            String text = null;
            Path file = seeds.resolve(p.seed());
            if (haveSeeds && Files.isRegularFile(file)) {
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                    SeedDocument.Parsed parsed = SeedDocument.parse(text);
                    SeedDocument.Sections s = parsed.sections();
                    sections = new SectionsDto(s.purpose(), s.requirements(), s.content(), s.forms(), s.audiences(),
                            s.budget(), s.organisation());
                    recipients = parsed.recipients();
                } catch (IOException e) {
                    LOG.warnf("Demo data: cannot read %s (%s); plan \"%s\" is loaded without its text", file, e, p.title());
                }
            } else if (haveSeeds) {
                LOG.warnf("Demo data: seed %s is missing; plan \"%s\" is loaded without its text", file, p.title());
            }
            Unit issuer = units.findByCode(p.issuingUnit())
                    .orElseThrow(() -> new IllegalStateException("demo plan issuer " + p.issuingUnit() + " is not a demo unit"));
            PlanInput input = new PlanInput(p.kind(), p.year(), p.title(), issuer.id, p.place(), null, p.legalBases(),
                    sections, recipients, null);
            IssuePlanRequest issued = "ISSUED".equals(p.status())
                    ? new IssuePlanRequest(p.number(), p.issuedOn(), p.effectiveOn(), p.signerName(), p.signerPosition(),
                            p.signingCapacity())
                    : null;
            long planId = plans.importPlan(input, issued);
            if (p.schedules() != null) {
                p.schedules().forEach(s -> schedules.load(planId, s));
            }
            if (Boolean.TRUE.equals(p.appendix()) && text != null) {
                loadAppendix(p, planId, text);
            }
            if (p.tasks() != null && text != null) {
                List<String> missing = new ArrayList<>();
                OrganisationTasks.table(text, p.tasks(), missing).ifPresent(table -> loadAppendix(p, planId, table));
                if (!missing.isEmpty()) {
                    LOG.warnf("Demo data: items %s of \"%s\" are not in its seed; those tasks are left out", missing, p.title());
                }
            }
            if ("ISSUED".equals(p.status())) {
                // an issued plan's deadlines were derived when it was recorded, before its tasks were
                deadlines.reconcile(plans.find(planId));
            }
        }
        LOG.infof("Demo data: %d units and %d plans loaded (plan texts from %s)", count[0], planSeeds.size(),
                haveSeeds ? seeds.toAbsolutePath() : "nowhere: seeds folder missing");
    }

    private void loadAppendix(PlanSeed p, long planId, String table) {
        var problems = appendices.loadAppendix(planId, table);
        if (!problems.isEmpty()) {
            LOG.warnf("Demo data: the appendix of \"%s\" has %d problem(s): %s", p.title(), problems.size(), problems);
        }
    }

    private void createUnit(UnitSeed seed, Unit parent, int order, int[] count) {
        Unit unit = units.create(seed.code(), seed.name(), seed.shortName(), seed.kind(), parent, order,
                Boolean.TRUE.equals(seed.coordinating()));
        count[0]++;
        if (seed.children() != null) {
            for (int i = 0; i < seed.children().size(); i++) {
                createUnit(seed.children().get(i), unit, i, count);
            }
        }
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
