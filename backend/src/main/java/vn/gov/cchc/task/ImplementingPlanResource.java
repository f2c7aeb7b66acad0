package vn.gov.cchc.task;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.gov.cchc.plan.PlanDtos.PlanView;
import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.ImplementationService.ImplementingPlanRequest;

@Path("/api/v1/plans/{id}/implementing-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementing plans")
public class ImplementingPlanResource {

    @Inject
    ImplementationService implementation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createImplementingPlan", summary = "Create a unit's implementing plan", description = """
            Creates the draft plan by which a unit implements this issued plan: it records this plan as its parent and
            legal basis and takes over every task of this plan that falls on the unit (directly or through a group),
            each linked to the task it implements and led by the unit, ready to be split among the unit's divisions.
            A unit has one implementing plan per parent (409 when it exists).""")
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = @Header(name = "ETag", description = "The plan's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Parameter(description = "The plan to implement", example = "3") @PathParam("id") long id,
            @RequestBody(required = true) @NotNull @Valid ImplementingPlanRequest request) {
        PlanView plan = implementation.createImplementingPlan(id, request);
        return Response.created(URI.create("/api/v1/plans/" + plan.id())).tag(Etags.of(plan.version())).entity(plan)
                .build();
    }
}
