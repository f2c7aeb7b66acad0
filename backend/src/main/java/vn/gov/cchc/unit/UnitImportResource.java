package vn.gov.cchc.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.unit.UnitImportDtos.UnitImportResult;

/** Importing a unit's children (departments, boards, public service units, divisions) from a table. */
@Path("/api/v1/units/{id}/children/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitImportResource {

    static final String TSV = "text/tab-separated-values";

    @Inject
    UnitImportService importer;

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, TSV, UnitImportService.XLSX })
    // the realm roles admin and province-admin, spelt out (unit/ must not depend on security/)
    @RolesAllowed({ "admin", "province-admin" })
    @Operation(operationId = "importUnitChildren", summary = "Import a unit's departments, boards or divisions from a table", description = """
            Reads a table of units, as an .xlsx file (its first sheet) or as tab-separated text pasted from Excel or Word
            (`text/plain` or `text/tab-separated-values`), and creates each row as a child of unit `id`: a province's
            departments, boards, public service units, media and Fatherland Front; a commune's divisions.

            Columns, told by the header row (Vietnamese, case and diacritics ignored, or English; any order; rows above the
            header are skipped): **Tên đơn vị** / Name (required), **Tên viết tắt** / Short name, **Loại** / Kind ("Sở",
            "Ban", "Đơn vị sự nghiệp", "Phòng", "Trung tâm", "Báo", "Đài", "Mặt trận"… or a `UnitKind` name; when empty it is
            inferred from the name's first words and the row says so: `kindInferred`), **Mã** / Code (when empty: the parent's
            code, "-" and the initials of the short name or name, e.g. `PT-SNV`, made unique; `codeGenerated`), **Mã định
            danh** / Official code, **Thứ tự** / Sort order, **Đầu mối CCHC** / Coordinating ("x", "có", "yes": the province's
            coordinating unit, Sở Nội vụ; a province has one).

            A row whose unit the parent already has (same name, case and diacritics aside, or same code) is `EXISTS` and is
            not created again: repeating an import creates nothing. Every other row is checked: the kind must be one the
            parent may contain, codes and official codes unique in the table and in the tree. Problems are listed by row and
            column, with the reason in the language of the request.

            With `dryRun=true` (the default) nothing changes and the answer is the preview (200). With `dryRun=false`, in one
            transaction, every `NEW` row is created (201, or 200 when there is none), or, when there is any problem, nothing:
            a 400 whose `errors` name `rows[<row>].<column>`. Admins may import under any unit, province administrators under
            the units of their province (404 for a unit outside it); other roles get 403.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN,
                    schema = @Schema(type = SchemaType.STRING, description = "The table, tab-separated, with its header row")),
            @Content(mediaType = TSV, schema = @Schema(type = SchemaType.STRING, description = "The table, tab-separated, with its header row")),
            @Content(mediaType = UnitImportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Dry run (or nothing new): the rows read, what would be created, the problems",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitImportResult.class)))
    @APIResponse(responseCode = "201", description = "The new units were created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitImportResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response importChildren(@Parameter(description = "Id of the parent unit", example = "2") @PathParam("id") long id,
            @Parameter(description = "`true` (default): only the preview; `false`: create the new units") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            byte[] body) {
        boolean dry = dryRun == null || dryRun;
        UnitImportResult result = importer.importChildren(id, body, contentType, dry, Messages.localeOf(acceptLanguage));
        return Response.status(!dry && result.created() > 0 ? Response.Status.CREATED : Response.Status.OK).entity(result).build();
    }
}
