package vn.gov.cchc.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleInput;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleView;
import vn.gov.cchc.security.Roles;

/** One report schedule. */
@Path("/api/v1/report-schedules/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class ScheduleItemResource {

    @Inject
    ScheduleService schedules;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getReportSchedule", summary = "Read a report schedule", description = "One schedule with its periods and due dates.")
    @APIResponse(responseCode = "200", description = "The schedule",
            headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Schedule id", example = "4") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        ScheduleView view = schedules.read(id, Messages.localeOf(lang));
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "updateReportSchedule", summary = "Change a report schedule",
            description = "Replaces the schedule; the report deadlines of an issued plan follow. Deadlines already met keep their date met.")
    @APIResponse(responseCode = "200", description = "The schedule",
            headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Schedule id", example = "4") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
                    description = "The version last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
            @RequestBody(required = true) @NotNull @Valid ScheduleInput input) {
        ScheduleView view = schedules.update(id, ifMatch, input, Messages.localeOf(lang));
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @DELETE
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "deleteReportSchedule", summary = "Remove a report schedule",
            description = "Removes the schedule and its report deadlines; refused (409) once a report under it has been sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void delete(@Parameter(description = "Schedule id", example = "4") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The version last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schedules.delete(id, ifMatch);
    }
}
