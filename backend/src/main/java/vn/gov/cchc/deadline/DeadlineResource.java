package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.util.List;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineDtos.CompletionInput;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlinePage;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class DeadlineResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DeadlineService deadlines;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "listDeadlines", summary = "Deadlines", description = """
            The obligations issued plans create, for a unit and (by default) the units below it: implementing plans
            due within the plan's working days of issue, reports due per schedule period, task due dates. Without
            `unitId`, the caller's scope (their province for coordinators, their unit otherwise). Each says how many
            working days are left over the official calendar and its state: OPEN, DUE_SOON (within the reminder lead
            time or due today), OVERDUE, MET_ON_TIME, MET_LATE or CANCELLED. When a plan is closed, its obligations
            not yet met are CANCELLED: they are no longer due, never overdue and never reminded, and they are left out
            of this list, its export and the calendar feed unless `state=CANCELLED` asks for them.""")
    @APIResponse(responseCode = "200", description = "One page of deadlines")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeadlinePage list(
            @Parameter(description = "The unit; the caller's scope when absent", example = "35") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Include the units below it (default true)") @QueryParam("subtree") Boolean subtree,
            @Parameter(description = "Only this kind") @QueryParam("kind") DeadlineKind kind,
            @Parameter(description = "Only this state; without it, every state but CANCELLED") @QueryParam("state") DeadlineState state,
            @Parameter(description = "Only the deadlines of this plan") @QueryParam("planId") Long planId,
            @Parameter(description = "Due on or after (yyyy-MM-dd)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Due on or before (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(description = "`dueOn` (default), `unit`, `plan` or `kind`, optionally followed by `,asc` or `,desc`",
                    example = "dueOn,asc") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return deadlines.list(filter(unitId, subtree, kind, state, planId, from, to),
                PageRequest.of(page, size, sort, DeadlineService.SORTS, "dueOn,asc"), Messages.localeOf(lang));
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "exportDeadlines", summary = "Deadlines as a spreadsheet",
            description = "The same filters as the list (CANCELLED only when asked for), every match (at most 5000), as .xlsx: unit, kind, plan, period or task, due date, state, date met, working days left.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(@QueryParam("unitId") Long unitId, @QueryParam("subtree") Boolean subtree,
            @QueryParam("kind") DeadlineKind kind, @QueryParam("state") DeadlineState state,
            @QueryParam("planId") Long planId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Locale locale = Messages.localeOf(lang);
        List<DeadlineView> rows = deadlines.all(filter(unitId, subtree, kind, state, planId, from, to), 5000, locale);
        byte[] xlsx = DeadlineXlsx.write(Messages.get(locale, "deadline.xlsx.title"), rows, locale);
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"han-chot.xlsx\"").build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "getDeadline", summary = "Read a deadline", description = "One deadline of a unit in the caller's scope.")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeadlineView get(@Parameter(description = "Deadline id", example = "40") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return deadlines.read(id, Messages.localeOf(lang));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "completeDeadline", summary = "Mark a task done",
            description = "Records that the responsible unit carried out the task for this due date, with its output; the deadline is met on time or late by that date. Implementing-plan and report deadlines are met by issuing the plan or sending the report, not here (409).")
    @APIResponse(responseCode = "200", description = "The deadline, met")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DeadlineView complete(@Parameter(description = "Deadline id", example = "40") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
            @RequestBody(required = true) @NotNull @Valid CompletionInput input) {
        return deadlines.complete(id, input.output(), input.completedOn(), Messages.localeOf(lang));
    }

    private static DeadlineService.Filter filter(Long unitId, Boolean subtree, DeadlineKind kind, DeadlineState state,
            Long planId, String from, String to) {
        return new DeadlineService.Filter(unitId, subtree == null || subtree, kind, state, planId, date("from", from),
                date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(field, "error.json.date", value);
        }
    }
}
