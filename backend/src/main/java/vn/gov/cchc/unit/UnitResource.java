package vn.gov.cchc.unit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.unit.NationalDtos.Diff;
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

    @GET
    @Operation(operationId = "listUnits", summary = "List units", description = """
            Units as a flat, paged list, filtered by kind, parent, subtree or text. The text filter is a phrase that ignores case
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
                    example = "name,asc") @QueryParam("sort") String sort) {
        return units.list(kind, parentId, withinId, q,
                PageRequest.of(page, size, sort, UnitService.sorts(), "tree,asc"));
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getUnitTree", summary = "The organisation tree",
            description = "All units nested under their parents, or the subtree under `rootId`, children in display order.")
    @APIResponse(responseCode = "200", description = "The roots of the (sub)tree with their descendants")
    public List<UnitTreeNode> tree(
            @Parameter(description = "Return only the subtree under this unit") @QueryParam("rootId") Long rootId) {
        return units.tree(rootId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "One unit", description = "A unit with the chain of its ancestors.")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitView get(@Parameter(description = "Unit id", example = "12") @PathParam("id") long id) {
        return units.view(units.get(id));
    }

    @POST
    @Path("/{id}/national-communes")
    @RolesAllowed("admin")
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
            its official name and code; their deadlines from group assignments follow. Renamed units are reported, not
            renamed. Repeating the call creates nothing. Only `admin` may call it.""")
    @APIResponse(responseCode = "200", description = "The difference, and what was created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Diff loadNationalCommunes(@Parameter(description = "Id of a PROVINCE unit", example = "2") @PathParam("id") long id,
            @Parameter(description = "Official 2-digit code of the national province, when the unit has none and its name does not identify it",
                    example = "25") @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @Parameter(description = "`true` (default): only the preview; `false`: create the new units") @QueryParam("dryRun") Boolean dryRun) {
        return national.loadCommunes(id, provinceCode, dryRun == null || dryRun);
    }
}
