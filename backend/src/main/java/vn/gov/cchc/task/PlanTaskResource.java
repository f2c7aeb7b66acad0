package vn.gov.cchc.task;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.TaskDtos.TaskBatch;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TaskOrder;
import vn.gov.cchc.task.TaskDtos.TaskPage;
import vn.gov.cchc.task.TaskDtos.TaskView;
import vn.gov.cchc.task.TaskImportService.ImportResult;

/** A plan's appendix: list, add, reorder, import, export. */
@Path("/api/v1/plans/{planId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class PlanTaskResource {

    private static final String ETAG_DOC = "The task's version; send it back in If-Match to change it";
    private static final String IF_MATCH_DOC = "The ETag last read (e.g. `\"2\"`)";

    @Inject
    TaskService tasks;

    @Inject
    TaskImportService importer;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "listPlanTasks", summary = "The plan's appendix",
            description = "The tasks of a plan in appendix order (sections and their numbers), with their units, groups and timeframes.")
    @APIResponse(responseCode = "200", description = "One page of tasks, in order")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TaskPage list(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 1000 (default 500)", example = "500") @QueryParam("size") @Min(1) @Max(1000) Integer size) {
        return tasks.listForPlan(planId, PageRequest.of(page, size == null ? 500 : size, null,
                java.util.Map.of("position", "position"), "position", 1000));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createTask", summary = "Add a task to a draft plan",
            description = "Adds the task at the end of its section (or of the appendix). Units must be below the plan's issuing unit; groups fall on every unit of their kind there, including units created later.")
    @APIResponse(responseCode = "201", description = "The new task",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @RequestBody(required = true) @NotNull @Valid TaskInput input) {
        TaskView view = tasks.create(planId, input);
        return Response.created(URI.create("/api/v1/tasks/" + view.id())).tag(Etags.of(view.version())).entity(view)
                .build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createTasks", summary = "Add many tasks at once",
            description = "Saves every task or none (the first invalid one is reported). With `replace` the plan's existing tasks are deleted first. The import wizard saves the corrected preview this way.")
    @APIResponse(responseCode = "201", description = "The new tasks, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response batch(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @RequestBody(required = true) @NotNull @Valid TaskBatch batch) {
        return Response.status(Response.Status.CREATED)
                .entity(tasks.saveAll(planId, batch.tasks(), Boolean.TRUE.equals(batch.replace()))).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "reorderTasks", summary = "Reorder the appendix",
            description = "Puts the tasks in the given order (every task of the plan, once) and renumbers them within their sections.")
    @APIResponse(responseCode = "200", description = "The tasks in their new order")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TaskPage reorder(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @RequestBody(required = true) @NotNull @Valid TaskOrder order) {
        return tasks.reorder(planId, order.taskIds());
    }

    @POST
    @Path("/import")
    @Consumes({ MediaType.TEXT_PLAIN, TaskImportService.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "importTasks", summary = "Import the appendix from a document's table", description = """
            Reads the appendix table as pasted from a Word or Excel document (`text/plain`, tab-separated) or as an
            .xlsx file, with the columns TT, content, lead, cooperating, timeframe and optionally output. Section rows
            ("I", "II"), repeated headers after page breaks, continuation rows with an empty TT and cells with line breaks
            are understood. Unit names are matched against the units below the plan's issuer, ignoring case, diacritics,
            spacing and the usual abbreviations; group names ("UBND cấp xã", "Các cơ quan, đơn vị, địa phương") become
            groups; "Các cơ quan, đơn vị liên quan" is kept as written. With `dryRun=true` nothing is saved and the
            answer lists the tasks read and the problems found (row, column, text, reason). Otherwise everything is
            saved or nothing: problems make it a 400 unless `acceptProblems=true`, which keeps unknown names as written
            and timeframes not understood as text.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, description = "The table, tab-separated")),
            @Content(mediaType = TaskImportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Dry run: what would be saved, and the problems",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "201", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response importTasks(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @Parameter(description = "Only read and report; save nothing") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "Save even with unknown unit names or timeframes") @QueryParam("acceptProblems") Boolean acceptProblems,
            @Parameter(description = "Delete the plan's existing tasks first") @QueryParam("replace") Boolean replace,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            byte[] body) {
        boolean dry = Boolean.TRUE.equals(dryRun);
        Locale locale = Messages.localeOf(acceptLanguage);
        ImportResult result = importer.importTable(planId, body, contentType, dry, Boolean.TRUE.equals(acceptProblems),
                Boolean.TRUE.equals(replace), locale);
        return Response.status(dry ? Response.Status.OK : Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("/export")
    @Produces(TaskImportService.XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "exportTasks", summary = "The appendix as a spreadsheet",
            description = "The appendix as .xlsx with the columns TT, content, lead, cooperating, timeframe, output: the same layout the import reads.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = TaskImportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId) {
        return Response.ok(importer.exportXlsx(planId), TaskImportService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"phu-luc-ke-hoach-" + planId + ".xlsx\"").build();
    }
}
