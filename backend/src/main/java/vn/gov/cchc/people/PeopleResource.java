package vn.gov.cchc.people;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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

import vn.gov.cchc.common.Problem;
import vn.gov.cchc.common.ProblemMappers;
import vn.gov.cchc.people.PeopleDtos.PersonInput;
import vn.gov.cchc.people.PeopleDtos.PersonPage;
import vn.gov.cchc.people.PeopleDtos.PersonUpdate;
import vn.gov.cchc.people.PeopleDtos.PersonView;
import vn.gov.cchc.people.PeopleDtos.TemporaryPassword;
import vn.gov.cchc.people.PeopleService.Versioned;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Accounts of the province's people (kept in Keycloak): login, names, e-mail, unit and role")
@RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN })
public class PeopleResource {

    static final String ID = "[A-Za-z0-9-]{1,64}";
    static final String WHO = """

            Who: `admin` (every account), `province-admin` (the accounts whose unit is in their province; another
            account answers 404). Other roles: 403.""";
    static final String UNREACHABLE = "The account directory (Keycloak) cannot be reached (`type`"
            + " `https://cchc.gov.vn/problems/directory-unavailable`; nothing was changed), or the database is busy or"
            + " unreachable (`database-busy`, `database-unavailable`, with `Retry-After`: see the ServiceUnavailable"
            + " response)";
    static final String REFUSED = "The account directory (Keycloak) refused the request; nothing was changed";
    private static final String ETAG_DOC = "A hash of the account as shown (Keycloak users carry no version); send it back in If-Match";

    @Inject
    PeopleService people;

    @GET
    @Operation(operationId = "listPeople", summary = "List accounts", description = """
            The accounts in the caller's administration scope, ordered by login: all of them for `admin`, those of the
            units of their province for `province-admin`. `unitId` keeps one unit's (404 outside the scope); `q` keeps
            those whose login, names or e-mail contain the text (case and diacritics ignored).""" + WHO)
    @APIResponse(responseCode = "200", description = "One page of accounts")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public PersonPage list(@Parameter(description = "Only the accounts of this unit", example = "12") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Text to find in the login, names or e-mail", example = "huong") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) @Max(100000) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size) {
        return people.list(unitId, q, page == null ? 0 : page, size == null ? 20 : size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Create an account", description = """
            Creates an enabled account in Keycloak with its unit (attribute `unit`, which tokens carry) and its role
            (realm role). The person has no password yet: send them the password-setup e-mail or give them a temporary
            password. `role`: officer, leader, coordinator, viewer; province-admin only by `admin`; admin and integration
            never through the API (403 for a role the caller may not grant). A taken login or e-mail is a 409 naming
            `username` or `email`. All or nothing: when the role cannot be mapped, the new account is deleted again.""" + WHO)
    @APIResponse(responseCode = "201", description = "The new account", headers = {
            @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new account", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(required = true) @NotNull @Valid PersonInput input) {
        Versioned v = people.create(input);
        return Response.created(URI.create("/api/v1/people/" + v.person().id())).tag(new EntityTag(v.etag())).entity(v.person()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "One account", description = """
            The account with its ETag. An account holding a role the caller may not grant (admin, integration; for
            province administrators also province-admin) is not managed through the API: 403.""" + WHO)
    @APIResponse(responseCode = "200", description = "The account",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Account id (Keycloak's)",
            example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id) {
        return withTag(people.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePerson", summary = "Change an account", description = """
            Changes the names, e-mail, unit and role. Keycloak keeps no version of a user, so the ETag is a hash of the
            account as this API shows it: `If-Match` is required, and a 412 answers when the account changed since
            (in the product or in Keycloak's console). Moving a person to another unit moves none of their work:
            plans, tasks, deadlines and reports belong to units, and nothing of a person is stored in the product's
            database; the person acts for the new unit from their next sign-in. The new unit must be in the caller's
            scope (400 `unitId`). If the role cannot be changed after the account was, the account is restored.""" + WHO)
    @APIResponse(responseCode = "200", description = "The changed account",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @Parameter(description = "Account id (Keycloak's)",
                    example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "The account's ETag as last read",
                    example = "\"3f2a9c01b7d4e5f6a7b8c9d0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid PersonUpdate input) {
        return withTag(people.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disablePerson", summary = "Disable an account",
            description = "The person can no longer sign in (someone who left); their account and history stay. Repeating it changes nothing." + WHO)
    @APIResponse(responseCode = "200", description = "The disabled account",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response disable(@Parameter(description = "Account id (Keycloak's)",
            example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id) {
        return withTag(people.setEnabled(id, false));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enablePerson", summary = "Enable an account", description = "The person may sign in again." + WHO)
    @APIResponse(responseCode = "200", description = "The enabled account",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response enable(@Parameter(description = "Account id (Keycloak's)",
            example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id) {
        return withTag(people.setEnabled(id, true));
    }

    @POST
    @Path("/{id}/password-setup-email")
    @Operation(operationId = "sendPasswordSetupEmail", summary = "E-mail a password-setup link", description = """
            Keycloak e-mails the person a link to choose a new password (its execute-actions e-mail, UPDATE_PASSWORD).
            409 when the account is disabled, has no e-mail, or the realm cannot send e-mail (no SMTP server configured
            in Keycloak): give a temporary password instead.""" + WHO)
    @APIResponse(responseCode = "204", description = "Keycloak sent the e-mail")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public void passwordSetupEmail(@Parameter(description = "Account id (Keycloak's)",
            example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id) {
        people.passwordSetupEmail(id);
    }

    @POST
    @Path("/{id}/temporary-password")
    @Operation(operationId = "setTemporaryPassword", summary = "Set a temporary password", description = """
            Replaces the account's password by a generated one, returned once in this answer and never stored by the
            product. It is temporary: at the first sign-in Keycloak asks the person to choose their own.""" + WHO)
    @APIResponse(responseCode = "200", description = "The temporary password",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemporaryPassword.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNREACHABLE,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response temporaryPassword(@Parameter(description = "Account id (Keycloak's)",
            example = "758e729e-ca08-404e-82d3-a94486ace630") @PathParam("id") @Pattern(regexp = ID) String id) {
        return Response.ok(people.temporaryPassword(id)).header("Cache-Control", "no-store").build();
    }

    private static Response withTag(Versioned v) {
        return Response.ok(v.person()).tag(new EntityTag(v.etag())).build();
    }
}
