package vn.gov.cchc.unit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.unit.NationalDtos.Diff;
import vn.gov.cchc.unit.UnitAdminDtos.HistoryView;
import vn.gov.cchc.unit.UnitAdminDtos.UnitDissolution;
import vn.gov.cchc.unit.UnitAdminDtos.UnitEdit;
import vn.gov.cchc.unit.UnitAdminDtos.UnitInput;
import vn.gov.cchc.unit.UnitAdminDtos.UnitMerger;
import vn.gov.cchc.unit.UnitAdminDtos.UnitMove;
import vn.gov.cchc.unit.UnitAdminDtos.UnitRename;
import vn.gov.cchc.unit.UnitDtos.UnitTreeNode;
import vn.gov.cchc.unit.UnitDtos.UnitView;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The organisation tree (Đơn vị): provinces, departments, communes and their divisions")
// every realm role of security.Roles, spelt out: security/ resolves the caller's unit through unit/, so
// unit/ must not depend on security/ (ArchitectureTest: no package cycles; UnitRolesTest keeps the two equal)
@RolesAllowed({ "admin", "province-admin", "coordinator", "leader", "officer", "viewer", "integration" })
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    NationalUnitService national;

    @Inject
    UnitAdministration admin;

    @Inject
    UnitHistory history;

    private static final String ETAG_DOC = "The unit's version; send it back in If-Match to change the unit";
    private static final String IF_MATCH_DOC = "The ETag last read (e.g. `\"3\"`); the change is refused with 412 if the unit changed since";

    @GET
    @Operation(operationId = "listUnits", summary = "List units", description = """
            Units as a flat, paged list, filtered by kind, parent, subtree or text. Today's units by default: dissolved and
            merged units only with `includeDissolved=true`; with `asOf`, the units as they were that day. The text filter is a phrase that ignores case
            and Vietnamese diacritics ("so noi vu" finds "Sở Nội vụ", "d" matches "đ"). The organisation tree is not
            secret: every signed-in role may read it.""")
    @APIResponse(responseCode = "200", description = "One page of units")
    public UnitPage list(
            @Parameter(description = "Only units of this kind") @QueryParam("kind") UnitKind kind,
            @Parameter(description = "Only the direct children of this unit") @QueryParam("parentId") Long parentId,
            @Parameter(description = "Only this unit and the units below it") @QueryParam("withinId") Long withinId,
            @Parameter(
                    description = "Phrase to find in the code or name (case and diacritics ignored); several phrases separated by commas or semicolons must all appear, in any order; the words of a phrase appear together, in order, as whole words, except the last word of every phrase, which may be the start of a word (as typed so far: `tuyen tru, hung y` and `hung y, tuyen tru` both find \"tuyên truyền ... Hưng Yên\")",
                    example = "noi vu") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(description = "Sort: `name`, `code` or `tree` (tree order), optionally followed by `,asc` or `,desc`",
                    example = "name,asc") @QueryParam("sort") String sort,
            @Parameter(
                    description = "`true`: also the units that were dissolved or merged into another (with their `validTo`); ignored with `asOf`") @QueryParam("includeDissolved") Boolean includeDissolved,
            @Parameter(description = "The units as they were on this day (names, parents, which existed), from their dated versions",
                    example = "2025-12-31") @QueryParam("asOf") LocalDate asOf) {
        return units.list(kind, parentId, withinId, q, Boolean.TRUE.equals(includeDissolved), asOf,
                PageRequest.of(page, size, sort, UnitService.sorts(), "tree,asc"));
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getUnitTree", summary = "The organisation tree",
            description = """
                    All current units nested under their parents, or the subtree under `rootId`, children in display order
                    (dissolved and merged units are left out). With `asOf`, the tree as it was that day: the units that existed
                    then, with the names and parents they had. Every signed-in role may read it.""")
    @APIResponse(responseCode = "200", description = "The roots of the (sub)tree with their descendants")
    public List<UnitTreeNode> tree(
            @Parameter(description = "Return only the subtree under this unit") @QueryParam("rootId") Long rootId,
            @Parameter(description = "The tree as it was on this day", example = "2025-12-31") @QueryParam("asOf") LocalDate asOf) {
        return units.tree(rootId, asOf);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "One unit", description = """
            A unit with the chain of its ancestors, when it existed, and its predecessors and successors. Every signed-in role
            may read it; the ETag is what administrators send back in `If-Match` to change it.""")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag", description = ETAG_DOC,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id) {
        return withEtag(Response.ok(), units.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getUnitHistory", summary = "A unit's history", description = """
            Every dated state of the unit, oldest first (names, short names, parents, kinds, official codes, with the change
            that began each, its legal basis and who recorded it), and the units it succeeded or that succeeded it, with the
            effective date and the decision. Every signed-in role may read it.""")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HistoryView history(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id) {
        return history.history(units.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUnit", summary = "Create a unit", description = """
            Adds a unit below `parentId`, of a kind the parent may contain, existing from `validFrom` (default today). Its
            first version (CREATED) is recorded, and the issued plans above it derive its obligations (a group assignment
            such as "UBND cấp xã" now falls on a new commune too). `admin` anywhere (and only `admin` may create a root);
            `province-admin` below their province; other roles get 403; a parent outside the caller's province answers 404.
            A code or official code already used answers 409 naming the field.""")
    @APIResponse(responseCode = "201", description = "The new unit", headers = {
            @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the new unit", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitInput.class), examples = @ExampleObject(name = "department",
                    value = "{\"code\":\"PT-SNV2\",\"name\":\"Sở Nội vụ tỉnh Phú Thọ\",\"shortName\":\"Sở Nội vụ\",\"kind\":\"DEPARTMENT\",\"parentId\":3,\"coordinating\":true,\"sortOrder\":1}"))) @NotNull @Valid UnitInput input) {
        Unit u = admin.create(input);
        return withEtag(Response.created(URI.create("/api/v1/units/" + u.id)), u);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUnit", summary = "Edit a unit", description = """
            Replaces what changes without a date: short name, official code, coordinating flag, order among siblings (an
            EDITED version from today). Names and parents change through `renameUnit` and `moveUnit`, which are dated.
            `If-Match` is required (428 without it, 412 when the unit changed since). `admin` anywhere, `province-admin`
            in their province (404 outside it); other roles get 403. A dissolved unit cannot be edited (409).""")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag", description = ETAG_DOC,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = IF_MATCH_DOC,
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid UnitEdit input) {
        return withEtag(Response.ok(), admin.edit(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUnit", summary = "Delete a unit created by mistake", description = """
            Deletes a unit that has no history: no units below it, no plans, tasks, deadlines or reports, no change since it
            was created, no succession. Otherwise 409: dissolve it instead (`dissolveUnit`), so that it stays in history.
            `admin` anywhere, `province-admin` in their province (404 outside it); other roles get 403.""")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        admin.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameUnit", summary = "Rename a unit from a date", description = """
            Records the unit's new name (and short name) from `effectiveOn` (today or earlier, not before its current state
            began), by the decision in `legalBasis`: a RENAMED version. Reports already sent keep the name they were sent
            under. `admin` anywhere, `province-admin` in their province (404 outside it); other roles get 403.""")
    @APIResponse(responseCode = "200", description = "The renamed unit", headers = @Header(name = "ETag", description = ETAG_DOC,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response rename(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid UnitRename input) {
        return withEtag(Response.ok(), admin.rename(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveUnit", summary = "Move a unit under another parent from a date", description = """
            Records the unit's new parent from `effectiveOn`, by the decision in `legalBasis`: a MOVED version; the units
            below it move with it. The parent must be of a kind that may contain the unit, current, and neither the unit
            itself nor below it (400 naming `parentId`). `admin` anywhere, `province-admin` within their province (the unit
            and the new parent: 404 outside it); other roles get 403.""")
    @APIResponse(responseCode = "200", description = "The moved unit", headers = @Header(name = "ETag", description = ETAG_DOC,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response move(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid UnitMove input) {
        return withEtag(Response.ok(), admin.move(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dissolveUnit", summary = "Dissolve a unit from a date", description = """
            The unit ceases: its last day is the day before `effectiveOn`; it and the current units below it get a final
            DISSOLVED version and leave today's tree, but stay in history under their names (and in the tree as of an
            earlier day). With `successorId` (a current unit of the same province), the successor takes its open work over
            as in a merger (open deadlines, task assignments, unsent reports, accounts). `admin` anywhere, `province-admin`
            in their province (404 outside it); other roles get 403.""")
    @APIResponse(responseCode = "200", description = "The dissolved unit", headers = @Header(name = "ETag", description = ETAG_DOC,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response dissolve(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = IF_MATCH_DOC + "; optional here",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid UnitDissolution input) {
        return withEtag(Response.ok(), admin.dissolve(id, ifMatch, input));
    }

    @POST
    @Path("/mergers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeUnits", summary = "Record a merger (sáp nhập)", description = """
            Two or more units (`predecessorIds`) merge into a new unit (`newUnit`, created below their common parent with
            their kind), or one or more into an existing unit (`successorId`), from `effectiveOn` by the decision in
            `legalBasis`. The predecessors' last day is the day before: they get a final MERGED version and leave today's
            tree, but stay in history under their old names, and their sent reports keep the name they were sent under.
            Their open work moves to the successor in the same transaction: open deadlines, task assignments of plans not
            closed (merged with the successor's own), unsent reports, accounts; if any part fails nothing is recorded.
            All units must be current, of one kind and one province (400 naming `predecessorIds` or `successorId`).
            `admin` anywhere, `province-admin` within their province (404 for a unit outside it); other roles get 403.""")
    @APIResponse(responseCode = "201", description = "The successor", headers = {
            @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "URL of the successor", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response merge(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitMerger.class), examples = @ExampleObject(name = "two wards into a new one",
                    value = "{\"predecessorIds\":[41,42],\"newUnit\":{\"code\":\"PT-THANHMIEU\",\"name\":\"UBND phường Thanh Miếu\",\"shortName\":\"Phường Thanh Miếu\"},\"effectiveOn\":\"2025-07-01\",\"legalBasis\":\"Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội\"}"))) @NotNull @Valid UnitMerger input) {
        Unit u = admin.merge(input);
        return withEtag(Response.created(URI.create("/api/v1/units/" + u.id)), u);
    }

    private Response withEtag(Response.ResponseBuilder builder, Unit u) {
        UnitView view = units.view(u);
        return builder.tag(Etags.of(view.version())).entity(view).build();
    }

    @POST
    @Path("/{id}/national-communes")
    @RolesAllowed({ "admin", "province-admin" })
    @Operation(operationId = "loadNationalCommunes", summary = "Load a province's communes from the national list", description = """
            Compares the commune-level units of the national list for the province of unit `id` (a PROVINCE unit) with the
            COMMUNE units below it, and answers the difference: `new` (national units not in the tree), `renamed` (linked by
            official code, with another name), `matchedByName` (tree units without an official code whose name equals an
            official name when case, diacritics and the "UBND" prefix are ignored: suggestions, never linked silently),
            `missing` (tree communes with no national counterpart) and the number `unchanged`.

            The national province is `provinceCode` when given, else the unit's official code, else the national province
            whose name equals the unit's ("UBND tỉnh", "Tỉnh", "Thành phố" and diacritics aside); when none matches
            uniquely the answer is a 400 naming `provinceCode`.

            With `dryRun=true` (the default) nothing changes. With `dryRun=false`, in one transaction, the unit takes the
            province's official code and every `new` unit is created below it as a COMMUNE with code `VN-<official code>`,
            its official name and code; their deadlines from group assignments follow. With `linkMatches=true` the
            `matchedByName` units take the official code offered (the administrator accepted the suggestions) instead of
            staying unlinked. Renamed units are reported, not renamed (rename them with `renameUnit`, dated). Repeating
            the call creates nothing.

            Who may call it: `admin` on every province unit; `province-admin` on their own province (another province's
            unit answers 404); everyone else 403.""")
    @APIResponse(responseCode = "200", description = "The difference, and what was created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Diff loadNationalCommunes(@Parameter(description = "Id of a PROVINCE unit", example = "2") @PathParam("id") long id,
            @Parameter(description = "Official 2-digit code of the national province, when the unit has none and its name does not identify it",
                    example = "25") @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @Parameter(description = "`true` (default): only the preview; `false`: create the new units") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(
                    description = "`true`: the name suggestions (`matchedByName`) take their official codes too; default `false`") @QueryParam("linkMatches") Boolean linkMatches) {
        return national.loadCommunesAsCaller(id, provinceCode, dryRun == null || dryRun, Boolean.TRUE.equals(linkMatches));
    }
}
