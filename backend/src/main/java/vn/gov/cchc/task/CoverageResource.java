package vn.gov.cchc.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.ImplementationService.Coverage;

@Path("/api/v1/plans/{id}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementing plans")
public class CoverageResource {

    @Inject
    ImplementationService implementation;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getPlanCoverage", summary = "Who has implemented the plan", description = """
            Every unit the plan assigns work to (directly or through a group; "related units" excluded), whether it
            has issued an implementing plan (and when), and the tasks of this plan that its implementing plan does
            not take over. For the issuing unit and the province's coordinators.""")
    @APIResponse(responseCode = "200", description = "The coverage")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Coverage coverage(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id) {
        return implementation.coverage(id);
    }
}
