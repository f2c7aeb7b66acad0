package vn.gov.cchc.deadline;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleInput;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleView;
import vn.gov.cchc.security.Roles;

/** A plan's report schedules. */
@Path("/api/v1/plans/{planId}/report-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class ScheduleResource {

    @Inject
    ScheduleService schedules;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "listReportSchedules", summary = "A plan's report schedules",
            description = "How often the units of the plan report, when each report is due, the days its figures cover and who receives it, with the periods each schedule makes in the plan's year.")
    @APIResponse(responseCode = "200", description = "The schedules")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ScheduleView> list(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return schedules.list(planId, Messages.localeOf(lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createReportSchedule", summary = "Add a report schedule", description = """
            Adds a schedule to a draft or issued plan of the caller's scope. Phú Thọ's "before the 10th of each
            quarter's last month" is `QUARTER` + `DAY_OF_LAST_MONTH` + `dueDay: 10`; Hưng Yên's "6-month report by
            10/07" is `HALF_YEAR` + `periods: [1]` + `DAY_OF_NEXT_MONTH` + `dueDay: 10`. On an issued plan the units'
            report deadlines are derived at once.""")
    @APIResponse(responseCode = "201", description = "The schedule",
            headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Parameter(description = "Plan id", example = "3") @PathParam("planId") long planId,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
            @RequestBody(required = true) @NotNull @Valid ScheduleInput input) {
        ScheduleView view = schedules.create(planId, input, Messages.localeOf(lang));
        return Response.created(URI.create("/api/v1/report-schedules/" + view.id())).tag(Etags.of(view.version()))
                .entity(view).build();
    }
}
