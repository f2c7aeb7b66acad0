package vn.gov.cchc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A unit's reporting record over the periods of a plan. */
@Path("/api/v1/units/{id}/reporting-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting")
public class UnitRatesResource {

    @Inject
    ReportingRates reporting;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "getUnitReportingRates", summary = "A unit's reports over the periods",
            description = "For a unit in the caller's scope and a plan: each period's report, whether sent, on time, accepted.")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportingDtos.UnitRates rates(@Parameter(description = "Unit id", example = "35") @PathParam("id") long id,
            @Parameter(required = true, description = "Plan id", example = "3") @QueryParam("planId") @NotNull Long planId,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return reporting.unitRates(id, planId, Messages.localeOf(lang));
    }
}
