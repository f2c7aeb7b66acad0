package vn.gov.cchc.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import vn.gov.cchc.unit.NationalDtos.Diff;
import vn.gov.cchc.unit.NationalUnitService;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * Loads the demo organisation tree and the seed plans into an empty database. The named demo units
 * ({@code demo/units.json}: departments, the communes the seeds name, Năm Dẩn's divisions) carry their
 * official codes; then every commune-level unit of Phú Thọ, Hưng Yên and Tuyên Quang is loaded from the
 * national list, as a province administrator would load it ({@link NationalUnitService#loadCommunes}),
 * the named communes being linked by their codes instead of duplicated. The facts of each plan (number,
 * dates, title, issuer, parent) are in {@code demo/plans.json}; the texts of their sections are read at
 * start from the seeds folder ({@code cchc.seeds.dir}, by default {@code ../shared/seeds}), never copied
 * into the repository. Without that folder the plans are loaded without their texts and the log says so.
 * A plan the seeds only cite (Tuyên Quang's 159/KH-UBND, parent of Năm Dẩn's) has facts and no text.
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
    NationalUnitService nationalUnits;

    @Inject
    ObjectMapper json;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitSeed(String code, String officialCode, String name, String shortName, UnitKind kind, Boolean coordinating,
            List<UnitSeed> children) {
    }

    /** A plan named by its issuer's code and its number. */
    record PlanRef(String issuingUnit, String number) {
    }

    /**
     * {@code seed}: the document holding the plan's text; {@code citedBy}: for a plan with no text of its own,
     * the document that cites its number and date (checked at start).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanSeed(String seed, String citedBy, PlanRef parent, Boolean appendix, List<OrganisationTasks.Item> tasks, List<ScheduleInput> schedules,
            PlanKind kind, int year, String status,
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

    /**
     * In several transactions (the tree, each province's communes, each plan), none of them long: under load the
     * whole in one could outlast the transaction timeout. Skipped when the database has units already.
     */
    public void load() {
        if (units.count() > 0) {
            LOG.info("Demo data: the database already has units; nothing loaded");
            return;
        }
        List<UnitSeed> tree = read("demo/units.json", new TypeReference<>() {
        });
        int[] count = { 0 };
        List<Unit> provinces = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < tree.size(); i++) {
                createUnit(tree.get(i), null, i, count, provinces);
            }
        });
        // before the plans: an issued plan then derives its obligations once, for every real commune
        for (Unit province : provinces) {
            count[0] += loadNationalCommunes(province);
        }
        Path seeds = Path.of(seedsDir);
        boolean haveSeeds = Files.isDirectory(seeds);
        if (!haveSeeds) {
            LOG.warnf("Demo data: seeds folder %s not found (set CCHC_SEEDS_DIR); the demo plans are loaded WITHOUT their texts",
                    seeds.toAbsolutePath());
        }
        List<PlanSeed> planSeeds = read("demo/plans.json", new TypeReference<>() {
        });
        Map<PlanRef, Long> loaded = new HashMap<>();
        for (PlanSeed p : planSeeds) {
            // one transaction per plan: an issued plan derives the obligations of hundreds of communes
            QuarkusTransaction.requiringNew().run(() -> loadPlan(p, seeds, haveSeeds, loaded));
        }
        LOG.infof("Demo data: %d units and %d plans loaded (plan texts from %s)", count[0], planSeeds.size(),
                haveSeeds ? seeds.toAbsolutePath() : "nowhere: seeds folder missing");
    }

    private void loadPlan(PlanSeed p, Path seeds, boolean haveSeeds, Map<PlanRef, Long> loaded) {
        SectionsDto sections = null;
        List<String> recipients = List.of();
        String text = null;
        Path file = p.seed() == null ? null : seeds.resolve(p.seed());
        if (file == null) {
            checkCitation(p, seeds, haveSeeds);
        } else if (haveSeeds && Files.isRegularFile(file)) {
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
        Long parentId = null;
        if (p.parent() != null) {
            parentId = loaded.get(p.parent());
            if (parentId == null) {
                throw new IllegalStateException("demo plan \"" + p.title() + "\": its parent " + p.parent()
                        + " is not a demo plan listed before it");
            }
        }
        PlanInput input = new PlanInput(p.kind(), p.year(), p.title(), issuer.id, p.place(), parentId, p.legalBases(),
                sections, recipients, null);
        IssuePlanRequest issued = "ISSUED".equals(p.status())
                ? new IssuePlanRequest(p.number(), p.issuedOn(), p.effectiveOn(), p.signerName(), p.signerPosition(),
                        p.signingCapacity())
                : null;
        long planId = plans.importPlan(input, issued);
        if (p.number() != null) {
            loaded.put(new PlanRef(p.issuingUnit(), p.number()), planId);
        }
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

    private void loadAppendix(PlanSeed p, long planId, String table) {
        var problems = appendices.loadAppendix(planId, table);
        if (!problems.isEmpty()) {
            LOG.warnf("Demo data: the appendix of \"%s\" has %d problem(s): %s", p.title(), problems.size(), problems);
        }
    }

    /** Warns when the document said to cite a plan that has no text of its own does not cite its number and date. */
    private void checkCitation(PlanSeed p, Path seeds, boolean haveSeeds) {
        if (p.citedBy() == null || !haveSeeds) {
            return;
        }
        Path file = seeds.resolve(p.citedBy());
        try {
            String cited = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            String citation = p.number() + " ngày " + p.issuedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            if (cited == null || !cited.contains(citation)) {
                LOG.warnf("Demo data: %s does not cite \"%s\"; plan \"%s\" is loaded from demo/plans.json alone", file, citation,
                        p.title());
            }
        } catch (IOException e) {
            LOG.warnf("Demo data: cannot read %s (%s)", file, e);
        }
    }

    /** The province's commune-level units from the national list: the named demo communes are linked by their codes. */
    private int loadNationalCommunes(Unit province) {
        Diff diff = nationalUnits.loadCommunes(province.id, province.officialCode, false);
        if (!diff.matchedByName().isEmpty() || !diff.missing().isEmpty()) {
            LOG.warnf("Demo data: %s: %d demo commune(s) without an official code match national ones by name only %s,"
                    + " %d are not in the national list %s", province.name, diff.matchedByName().size(),
                    diff.matchedByName(), diff.missing().size(), diff.missing());
        }
        LOG.infof("Demo data: %s: %d communes from the national list (%d new, %d demo communes linked by code, %d of them"
                + " spelt otherwise in the documents)", diff.provinceName(), diff.nationalTotal(), diff.created(),
                diff.unchanged() + diff.renamed().size(), diff.renamed().size());
        return diff.created();
    }

    private void createUnit(UnitSeed seed, Unit parent, int order, int[] count, List<Unit> provinces) {
        Unit unit = units.create(seed.code(), seed.name(), seed.shortName(), seed.kind(), parent, order,
                Boolean.TRUE.equals(seed.coordinating()));
        if (seed.officialCode() != null) {
            unit.officialCode = seed.officialCode();
            if (seed.kind() == UnitKind.PROVINCE) {
                provinces.add(unit);
            }
        }
        count[0]++;
        if (seed.children() != null) {
            for (int i = 0; i < seed.children().size(); i++) {
                createUnit(seed.children().get(i), unit, i, count, provinces);
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
