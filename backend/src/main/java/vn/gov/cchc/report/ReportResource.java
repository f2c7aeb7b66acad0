package vn.gov.cchc.report;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.report.ReportDtos.EvidenceView;
import vn.gov.cchc.report.ReportDtos.LinkInput;
import vn.gov.cchc.report.ReportDtos.NewReport;
import vn.gov.cchc.report.ReportDtos.ReportInput;
import vn.gov.cchc.report.ReportDtos.ReportPage;
import vn.gov.cchc.report.ReportDtos.ReportView;
import vn.gov.cchc.report.ReportDtos.TransitionInput;
import vn.gov.cchc.report.ReportDtos.TransitionResult;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    private static final String ETAG_DOC = "The report's version; send it back in If-Match to change it";

    @Inject
    ReportService reports;

    @Inject
    ReportList list;

    @Inject
    ReportWorkflow workflow;

    @Inject
    EvidenceService evidence;

    @Inject
    DocumentService documents;

    @GET
    @Path("/{id}/document")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getReportDocument", summary = "The report as a Word document",
            description = "The unit's report in the layout of Decree 30/2020/NĐ-CP, ready to print and sign.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response document(@Parameter(description = "Report id", example = "7") @PathParam("id") long id,
            @Parameter(description = "The number, once registered; blank in a draft") @QueryParam("number") @Size(max = 10) String number) {
        return Response.ok(documents.unitReport(id, number), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + id + ".docx\"").build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "listReports", summary = "Reports",
            description = "The caller's unit's reports (every state), and for coordinators the reports sent to the units they coordinate. A unit never sees another unit's reports.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public ReportPage list(@Parameter(description = "Only this unit's") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Only this plan's") @QueryParam("planId") Long planId,
            @Parameter(description = "Only this schedule's") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(description = "Only this period", example = "2026-Q1") @QueryParam("periodKey") @Size(max = 20) String periodKey,
            @Parameter(description = "Only in this state") @QueryParam("state") ReportState state,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size,
            @Parameter(
                    description = "`updatedAt` (default, newest first), `period`, `unit` or `state`, optionally with `,asc` or `,desc`") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return list.list(new ReportList.Filter(unitId, planId, scheduleId, periodKey, state),
                PageRequest.of(page, size, sort, ReportList.SORTS, "updatedAt,desc"), Messages.localeOf(lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "createReport", summary = "Start a report", description = """
            Starts the caller's unit's report for a period of an issued plan's report schedule (the period the unit's
            report deadline names). It is pre-filled with every task of the plan that falls on the unit, directly or
            through a group. One report per unit and period (409).""")
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response create(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
            @RequestBody(required = true) @NotNull @Valid NewReport input) {
        ReportView view = reports.create(input.scheduleId(), input.periodKey(), input.unitId(), Messages.localeOf(lang));
        return Response.created(URI.create("/api/v1/reports/" + view.id())).tag(Etags.of(view.version())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getReport", summary = "Read a report",
            description = "The report with its per-task results and figures, evidence, narrative, history and what the caller may do with it.")
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Report id", example = "7") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        ReportView view = reports.read(id, Messages.localeOf(lang));
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "updateReport", summary = "Write a report",
            description = "Saves per-task results (status, percent, output, figures: whole numbers, not negative) and the narrative, while the report is a draft or returned. `If-Match` is required; a sent or accepted report answers 409.")
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Report id", example = "7") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
                    description = "The ETag last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
            @RequestBody(required = true) @NotNull @Valid ReportInput input) {
        ReportView view = reports.update(id, ifMatch, input, Messages.localeOf(lang));
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    private TransitionResult step(long id, ReportAction action, String ifMatch, TransitionInput input, String lang) {
        return workflow.transition(id, action, ifMatch, input == null ? null : input.comment(), Messages.localeOf(lang));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "submitReport", summary = "Submit to the leader",
            description = "An officer of the unit submits the draft (or returned) report to the unit's leader for approval.")
    @APIResponse(responseCode = "200", description = "The report, and whether it changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public TransitionResult submit(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The ETag last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @Valid TransitionInput input) {
        return step(id, ReportAction.SUBMIT, ifMatch, input, lang);
    }

    @POST
    @Path("/{id}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER })
    @Operation(operationId = "sendBackReport", summary = "Send back to the officers",
            description = "The unit's leader sends a submitted report back to draft, with a comment (required).")
    @APIResponse(responseCode = "200", description = "The report, and whether it changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public TransitionResult sendBack(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The ETag last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @Valid TransitionInput input) {
        return step(id, ReportAction.SEND_BACK, ifMatch, input, lang);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER })
    @Operation(operationId = "approveReport", summary = "Approve and send",
            description = "The unit's leader approves the submitted report and sends it to the receiving unit; this meets the unit's report deadline, on time or late. Sending a sent report again changes nothing (`changed: false`).")
    @APIResponse(responseCode = "200", description = "The report, and whether it changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public TransitionResult approve(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The ETag last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @Valid TransitionInput input) {
        return step(id, ReportAction.APPROVE, ifMatch, input, lang);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "acceptReport", summary = "Accept",
            description = "A coordinator of the receiving unit's province accepts a sent report; it is then read-only.")
    @APIResponse(responseCode = "200", description = "The report, and whether it changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public TransitionResult accept(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The ETag last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @Valid TransitionInput input) {
        return step(id, ReportAction.ACCEPT, ifMatch, input, lang);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "returnReport", summary = "Return with a reason",
            description = "A coordinator of the receiving unit's province returns a sent report with a reason (required): the unit edits and resubmits it, and its deadline is open again until it is sent again.")
    @APIResponse(responseCode = "200", description = "The report, and whether it changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public TransitionResult returnReport(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The ETag last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @Valid TransitionInput input) {
        return step(id, ReportAction.RETURN, ifMatch, input, lang);
    }

    @POST
    @Path("/{id}/evidence/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "addReportLink", summary = "Attach a link",
            description = "Attaches a link (http or https) as evidence, to the report or one of its tasks, while the report is editable.")
    @APIResponse(responseCode = "201", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addLink(@Parameter(description = "Report id") @PathParam("id") long id,
            @RequestBody(required = true) @NotNull @Valid LinkInput input) {
        return Response.status(Response.Status.CREATED).entity(evidence.addLink(id, input.title(), input.url(), input.taskId()))
                .build();
    }

    @POST
    @Path("/{id}/evidence/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "addReportFile", summary = "Attach a file",
            description = "Attaches a file as evidence (multipart field `file`; optional `taskId` and `title`): PDF, PNG, JPEG, DOCX, XLSX, PPTX or MP4, at most 10 MB by default, whose content matches its kind. Kept in the database.")
    @APIResponse(responseCode = "201", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response addFile(@Parameter(description = "Report id") @PathParam("id") long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("taskId") Long taskId,
            @RestForm("title") @Size(max = 300) String title) {
        if (file == null) {
            throw ProblemException.invalidField("file", "evidence.file.missing");
        }
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addFile(id, file.fileName(), file.uploadedFile(), taskId, title)).build();
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getReportFile", summary = "Download an attached file", description = "The bytes of an evidence file, as uploaded.")
    @APIResponse(responseCode = "200", description = "The file, with the content type it was uploaded as",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response download(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(description = "Evidence id") @PathParam("evidenceId") long evidenceId) {
        EvidenceService.Download d = evidence.download(id, evidenceId);
        return Response.ok(d.content(), d.contentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "deleteReportEvidence", summary = "Remove evidence", description = "Removes a link or file while the report is editable.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteEvidence(@Parameter(description = "Report id") @PathParam("id") long id,
            @Parameter(description = "Evidence id") @PathParam("evidenceId") long evidenceId) {
        evidence.delete(id, evidenceId);
    }
}
