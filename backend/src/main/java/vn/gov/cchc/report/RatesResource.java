package vn.gov.cchc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.security.Roles;

/** Reporting rates of a plan's period, and chasing the missing units. */
@Path("/api/v1/plans/{id}/reporting-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting")
public class RatesResource {

    @Inject
    ReportingRates reporting;

    @Inject
    MissingReports missing;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER })
    @Operation(operationId = "getReportingRates", summary = "Who has reported",
            description = "For one period of a plan's report schedule: the units expected to report, which have sent (on time or late), which reports were accepted or returned, and which are missing. For the receiving unit's coordinators and the plan's issuer.")
    @APIResponse(responseCode = "200", description = "The rates")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportingDtos.Rates rates(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Schedule; the plan's first when absent") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(required = true, description = "The period", example = "2026-Q1") @QueryParam("period") @Size(max = 20) String period,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return reporting.rates(id, scheduleId, period, Messages.localeOf(lang));
    }

    @POST
    @Path("/remind")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER })
    @Operation(operationId = "remindMissingReports", summary = "Remind the missing units",
            description = "Sends every unit that has not sent its report for the period a notice in the application and its people an e-mail (at most one per person, period and day).")
    @APIResponse(responseCode = "200", description = "Who was reminded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportingDtos.Reminded remind(@Parameter(description = "Plan id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Schedule; the plan's first when absent") @QueryParam("scheduleId") Long scheduleId,
            @Parameter(required = true, description = "The period", example = "2026-Q1") @QueryParam("period") @Size(max = 20) String period,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return missing.remindMissing(id, scheduleId, period, Messages.localeOf(lang));
    }
}
