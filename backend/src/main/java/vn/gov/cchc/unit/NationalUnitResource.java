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
import vn.gov.cchc.unit.NationalDtos.NationalCommunePage;
import vn.gov.cchc.unit.NationalDtos.NationalProvince;
import vn.gov.cchc.unit.NationalDtos.ProvinceSetup;

@Path("/api/v1/national-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National list", description = """
        The national list of administrative units in force since 01/07/2025 (two-level local government): 34 provinces and
        centrally-run cities and their 3,321 commune-level units, with their official codes. Reference data, read-only.""")
// every realm role of security.Roles, spelt out, as in UnitResource (unit/ must not depend on security/)
@RolesAllowed({ "admin", "province-admin", "coordinator", "leader", "officer", "viewer", "integration" })
public class NationalUnitResource {

    @Inject
    NationalUnitService national;

    @GET
    @Path("/provinces")
    @Operation(operationId = "listNationalProvinces", summary = "The provinces of the national list", description = """
            The 34 provinces and centrally-run cities, by official code, each with the number of its commune-level units.
            Names are the official spellings, in Unicode NFC. Every signed-in role may read it.""")
    @APIResponse(responseCode = "200", description = "The 34 provinces, by code")
    public List<NationalProvince> provinces() {
        return national.provinces();
    }

    @GET
    @Path("/provinces/{code}/communes")
    @Operation(operationId = "listNationalCommunes", summary = "A province's communes in the national list", description = """
            The commune-level units (xã, phường, đặc khu) of one province of the national list, paged. The text filter
            ignores case and Vietnamese diacritics ("viet tri" finds "Phường Việt Trì", "d" matches "đ").""")
    @APIResponse(responseCode = "200", description = "One page of the province's communes")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public NationalCommunePage communes(
            @Parameter(description = "Official 2-digit code of the province", example = "25") @PathParam("code") String code,
            @Parameter(description = "Phrase to find in the name (case and diacritics ignored); several phrases separated by commas must all appear",
                    example = "viet tri") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(description = "Sort: `code` or `name`, optionally followed by `,asc` or `,desc`",
                    example = "code,asc") @QueryParam("sort") String sort) {
        return national.communes(code, q, PageRequest.of(page, size, sort, NationalUnitService.sorts(), "code,asc"));
    }

    @POST
    @Path("/provinces/{code}/setup")
    @RolesAllowed({ "admin", "province-admin" })
    @Operation(operationId = "setUpProvinceFromNationalList", summary = "Create a province, and its communes, from the national list",
            description = """
                    How an installation starts: creates the PROVINCE unit of national province `code` (its official name and code)
                    and, below it, every commune-level unit of the province in the national list (as COMMUNE units with code
                    `VN-<official code>`), in one transaction. With `dryRun=true` (the default) nothing changes and the answer
                    lists the communes that would be created.

                    The province unit's code is `unitCode` when given; else, for a province administrator, the unit code their
                    account names (the `unit` claim of their token), so that the account administers the new province at once;
                    else `VN-<official code>`.

                    Who may call it: `admin`, for any province not in the tree yet (optionally below `parentId`, a MINISTRY unit);
                    `province-admin` only while their account's unit does not exist yet (an empty installation), and only with
                    that code. Everyone else: 403. A province already in the tree (its official code taken) or a code taken by
                    another unit: 409 naming `provinceCode` or `code`.""")
    @APIResponse(responseCode = "200", description = "The province unit (null in a dry run) and its communes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ProvinceSetup setUp(@Parameter(description = "Official 2-digit code of the province", example = "25") @PathParam("code") String code,
            @Parameter(description = "Code of the province unit to create (default: the province administrator's unit, else VN-<code>)",
                    example = "PT") @QueryParam("unitCode") @Size(max = 64) @Pattern(regexp = UnitAdminDtos.CODE) String unitCode,
            @Parameter(description = "A MINISTRY unit to place the province under (admin only); default: a root") @QueryParam("parentId") Long parentId,
            @Parameter(description = "`true` (default): only the preview; `false`: create") @QueryParam("dryRun") Boolean dryRun) {
        return national.setUpProvince(code, unitCode, parentId, dryRun == null || dryRun);
    }
}
