package vn.gov.cchc.plan;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.plan.PlanDtos.IssuePlanRequest;
import vn.gov.cchc.plan.PlanDtos.PlanInput;
import vn.gov.cchc.plan.PlanDtos.PlanView;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanResource {

    private static final String ETAG_DOC = "The plan's version; send it back in If-Match to change the plan";
    private static final String IF_MATCH_DOC = "The ETag last read (e.g. `\"3\"`); the change is refused with 412 if the plan changed since";

    @Inject
    PlanService plans;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "listPlans", summary = "List and search plans", description = """
            The plans the caller may see (see Visibility above), filtered and paged. `q` is a phrase searched in the
            title, number, place, issuing unit, legal bases and sections, ignoring case and Vietnamese diacritics:
            "cai cach" finds "cải cách", "dich vu cong" finds "dịch vụ công", "d" matches "đ". Its words must appear
            together and in order, as whole words, except the last which may be the start of a word ("tuyen tru").
            Separate several phrases with commas: "tuyen truyen, hung yen". The last word of every phrase may be
            cut short, not only that of the last phrase: "tuyen tru, hung y" finds what "hung y, tuyen tru" finds.""")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public PlanPage list(
            @Parameter(
                    description = "Phrase to find (case and diacritics ignored); several phrases separated by commas or semicolons must all appear, in any order; the words of a phrase appear together, in order, as whole words, except the last word of every phrase, which may be the start of a word (as typed so far: `tuyen tru, hung y` and `hung y, tuyen tru` both find \"tuyên truyền ... Hưng Yên\")",
                    example = "tuyen truyen") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "The year the plan is for", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Only plans in this status") @QueryParam("status") PlanStatus status,
            @Parameter(description = "Only plans of this kind") @QueryParam("kind") PlanKind kind,
            @Parameter(description = "Only plans issued by this unit") @QueryParam("issuingUnitId") Long issuingUnitId,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(description = "`updatedAt` (default, newest first), `issuedOn`, `year` or `title`, optionally followed by `,asc` or `,desc`",
                    example = "issuedOn,desc") @QueryParam("sort") String sort) {
        return plans.list(new PlanService.Filter(q, year, status, kind, issuingUnitId),
                PageRequest.of(page, size, sort, PlanService.SORTS, "updatedAt,desc"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getPlan", summary = "Read a plan",
            description = "The plan with its sections, legal bases, recipients and what the caller may do with it now.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = ETAG_DOC,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id) {
        return withEtag(Response.ok(), plans.read(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createPlan", summary = "Create a draft plan", description = """
            Creates a draft for an issuing unit the caller may write for: their own unit or a unit below it
            (coordinators: any unit of their province). The draft is visible only inside the issuing unit's tree
            and to the province's coordinators until it is issued.""")
    @APIResponse(responseCode = "201", description = "The new draft", headers = {
            @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new plan",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response create(@RequestBody(required = true) @NotNull @Valid PlanInput input) {
        PlanView plan = plans.create(input);
        return withEtag(Response.created(URI.create("/api/v1/plans/" + plan.id())), plan);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "updatePlan", summary = "Update a draft plan",
            description = "Replaces the draft's content. Only drafts can be changed; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "The updated draft",
            headers = @Header(name = "ETag", description = ETAG_DOC,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = IF_MATCH_DOC,
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid PlanInput input) {
        return withEtag(Response.ok(), plans.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "deletePlan", summary = "Delete a draft plan",
            description = "Only drafts can be deleted, and only when no other plan implements them.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void delete(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER })
    @Operation(operationId = "issuePlan", summary = "Issue a plan", description = """
            Records the signed plan: number and symbol (unique for the issuing unit within the year of issue), issue
            and effective dates, signer, position and signing capacity. The plan becomes read-only and visible to the
            units below the issuing unit. Leaders of the issuing unit, the province's coordinators and admins may issue.""")
    @APIResponse(responseCode = "200", description = "The issued plan",
            headers = @Header(name = "ETag", description = ETAG_DOC,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response issue(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid IssuePlanRequest request) {
        return withEtag(Response.ok(), plans.issue(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER })
    @Operation(operationId = "closePlan", summary = "Close an issued plan",
            description = "Marks an issued plan as finished (đã kết thúc). Closed plans stay readable.")
    @APIResponse(responseCode = "200", description = "The closed plan",
            headers = @Header(name = "ETag", description = ETAG_DOC,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response close(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(Response.ok(), plans.close(id, ifMatch));
    }

    private static Response withEtag(Response.ResponseBuilder builder, PlanView view) {
        return builder.tag(Etags.of(view.version())).entity(view).build();
    }
}
