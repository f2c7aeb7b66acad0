package vn.gov.cchc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.security.Roles;

/** A period's reports consolidated. */
@Path("/api/v1/plans/{id}/consolidation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting")
public class ConsolidationResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ConsolidationService reporting;

    @Inject
    DocumentService documents;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getConsolidation", summary = "Consolidated results", description = """
            Per task: every unit's status, output and figures, totals across the units, progress against the task's
            target; in total: every figure summed; and the narrative excerpts. Only sent or accepted reports count, and
            the answer lists which are included. Coordinators and the issuer see the whole plan; a lead department sees
            the tasks it leads (results only, no narrative).""")
    @APIResponse(responseCode = "200", description = "The consolidation")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportingDtos.Consolidation get(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Schedule; the plan's first when absent") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(required = true, description = "The period", example = "2026-Q1") @QueryParam("period") @Size(max = 20) String period,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return reporting.consolidation(id, scheduleId, period, Messages.localeOf(lang));
    }

    @GET
    @Path("/document")
    @Produces(DOCX)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getConsolidatedReportDocument", summary = "The consolidated report as a Word document", description = """
            The receiving unit's report on the period in the layout of Decree 30/2020/NĐ-CP: national title and motto,
            issuing body, "Số: …/BC-…", place and date, title, the reporting situation, results by task, the summed
            figures and the units' narrative, "Nơi nhận" and the signature block. The same scope as the consolidation: coordinators
            and the issuer get the whole plan; a lead department gets the tasks it leads, written as its own report, without
            the narrative.""")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response document(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Schedule; the plan's first when absent") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(required = true, description = "The period", example = "2026-Q1") @QueryParam("period") @Size(max = 20) String period,
            @Parameter(description = "The number, once registered; blank in a draft", example = "45") @QueryParam("number") @Size(max = 10) String number,
            @Parameter(description = "Signing capacity", example = "KT. GIÁM ĐỐC") @QueryParam("signingCapacity") @Size(max = 100) String capacity,
            @Parameter(description = "Signer's position", example = "PHÓ GIÁM ĐỐC") @QueryParam("signerPosition") @Size(max = 100) String position,
            @Parameter(description = "Signer's name") @QueryParam("signerName") @Size(max = 100) String name) {
        byte[] docx = documents.consolidatedReport(id, scheduleId, period, number, new DocumentService.Signer(capacity, position, name));
        return Response.ok(docx, DOCX).header("Content-Disposition",
                "attachment; filename=\"bao-cao-tong-hop-" + id + "-" + period + ".docx\"").build();
    }

    @GET
    @Path("/spreadsheet")
    @Produces(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getConsolidationSpreadsheet", summary = "Rates and figures as a spreadsheet",
            description = "Three sheets: the reporting situation per unit (with totals), the figures per unit and metric (with totals), the results per task. The same scope as the consolidation: a lead department gets the tasks it leads and the units they fall on.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response spreadsheet(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Schedule; the plan's first when absent") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(required = true, description = "The period", example = "2026-Q1") @QueryParam("period") @Size(max = 20) String period) {
        return Response.ok(documents.spreadsheet(id, scheduleId, period), XLSX).header("Content-Disposition",
                "attachment; filename=\"so-lieu-" + id + "-" + period + ".xlsx\"").build();
    }
}
