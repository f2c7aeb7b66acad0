package vn.gov.cchc.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TaskView;
import vn.gov.cchc.task.TaskDtos.UnitTaskPage;
import vn.gov.cchc.task.importing.TimeframeKind;

/** One task, and the tasks that fall on a unit. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    private static final String ETAG_DOC = "The task's version; send it back in If-Match to change it";
    private static final String IF_MATCH_DOC = "The ETag last read (e.g. `\"2\"`)";

    @Inject
    TaskService tasks;

    @Inject
    TaskImportService importer;

    @Inject
    AccessPolicy policy;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getTask", summary = "Read a task", description = "One task of a plan the caller may see.")
    @APIResponse(responseCode = "200", description = "The task",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Task id", example = "12") @PathParam("id") long id) {
        TaskView view = tasks.read(id);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "updateTask", summary = "Update a task", description = "Replaces a task of a draft plan. `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "The updated task",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Task id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = IF_MATCH_DOC,
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid TaskInput input) {
        TaskView view = tasks.update(id, ifMatch, input);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "deleteTask", summary = "Delete a task", description = "Removes a task of a draft plan; the others of its section are renumbered.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void delete(@Parameter(description = "Task id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tasks.delete(id, ifMatch);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "listUnitTasks", summary = "The tasks that fall on a unit", description = """
            Tasks of the plans the caller may see that fall on the unit (by default the caller's own): named
            directly, or through a group it belongs to ("UBND cấp xã" for a commune, "Các Sở, ban, ngành" for a
            department, "Các cơ quan, đơn vị, địa phương" for both) in a plan issued above it. Each item says
            whether the unit leads or cooperates and whether it is named or reached through a group. The unit must
            be in the caller's scope. A caller without a unit of their own (an administrator) must name one:
            without `unitId` the answer is 400 with the field `unitId`.""")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitTaskPage forUnit(
            @Parameter(description = "The unit; the caller's own when absent (required for a caller without a unit, such as an administrator)",
                    example = "35") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Only tasks of this plan") @QueryParam("planId") Long planId,
            @Parameter(description = "Only tasks the unit leads, or only those it cooperates on") @QueryParam("role") AssignmentRole role,
            @Parameter(description = "Only tasks of this CCHC area (reference list CCHC_AREA)") @QueryParam("area") @Size(max = 40) String area,
            @Parameter(description = "Only tasks about this index (reference list INDEX)") @QueryParam("index") @Size(max = 40) String index,
            @Parameter(description = "Only tasks with this kind of timeframe") @QueryParam("timeframe") TimeframeKind timeframe,
            @Parameter(
                    description = "Phrase to find in the content, output or units (case and diacritics ignored); several phrases separated by commas or semicolons must all appear, in any order; the words of a phrase appear together, in order, as whole words, except the last word of every phrase, which may be the start of a word (as typed so far: `tuyen tru, hung y` and `hung y, tuyen tru` both find \"tuyên truyền ... Hưng Yên\")") @QueryParam("q") @Size(
                            max = 200) String q,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(description = "`plan` (default, newest plan first), `start`, `end` or `position`, optionally followed by `,asc` or `,desc`",
                    example = "end,asc") @QueryParam("sort") String sort) {
        long unit = unitId != null ? unitId
                : policy.ownUnit().map(u -> u.id).orElseThrow(() -> vn.gov.cchc.common.ProblemException
                        .invalidField("unitId", "task.unit.required"));
        return tasks.forUnit(unit, planId, role, area, index, timeframe, q,
                PageRequest.of(page, size, sort, TaskService.UNIT_TASK_SORTS, "plan,desc"));
    }
}
