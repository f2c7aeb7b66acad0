package vn.gov.cchc.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Problem;
import vn.gov.cchc.common.ProblemMappers;
import vn.gov.cchc.people.PeopleDtos.PersonView;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/units/{id}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class UnitPeopleResource {

    @Inject
    PeopleService people;

    @GET
    @Operation(operationId = "listUnitPeople", summary = "A unit's people", description = """
            The accounts whose unit is this one (enabled or not), ordered by login: who is responsible in the unit.
            Who: `admin`; `province-admin` for the units of their province; `coordinator` for the units of their province
            (read-only: to know whom to chase); `leader` for their own unit. A unit outside the caller's scope answers 404;
            officers, viewers and integrations get 403.""")
    @APIResponse(responseCode = "200", description = "The unit's accounts")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = PeopleResource.REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = PeopleResource.UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public List<PersonView> list(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id) {
        return people.ofUnit(id);
    }
}
