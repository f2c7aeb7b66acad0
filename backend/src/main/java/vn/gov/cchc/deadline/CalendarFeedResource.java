package vn.gov.cchc.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;

/** The iCalendar feed calendar applications subscribe to. */
@Path("/api/v1/units/{id}/deadlines.ics")
@Tag(name = "Deadlines")
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    @GET
    @PermitAll
    @Produces("text/calendar")
    @SecurityRequirements
    @Operation(operationId = "getUnitDeadlineFeed", summary = "A unit's deadlines as a calendar", description = """
            iCalendar feed of a unit's deadlines (one all-day event on each due date) for Outlook, Google Calendar or
            Thunderbird. Authenticated by the secret `token` of a person's subscription URL
            (`POST /api/v1/me/calendar-feed`), not by a bearer token; a wrong token or a unit outside that person's
            scope answers 404.""")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feed(@Parameter(description = "Unit id", example = "35") @PathParam("id") long id,
            @Parameter(required = true, description = "The secret of the subscription URL") @QueryParam("token") String token,
            @Parameter(description = "Include the units below it") @QueryParam("subtree") Boolean subtree,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        String ics = feeds.ics(id, token, Boolean.TRUE.equals(subtree), Messages.localeOf(lang));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"han-cchc-" + id + ".ics\"").build();
    }
}
