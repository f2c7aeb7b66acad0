package vn.gov.cchc.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.security.Roles;

/** The signed-in user's calendar subscription. */
@Path("/api/v1/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class MyFeedResource {

    @Inject
    CalendarFeedService feeds;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "getMyCalendarFeed", summary = "My calendar subscription",
            description = "Whether the user has a subscription URL and since when; the URL itself is shown only when made.")
    @APIResponse(responseCode = "200", description = "The subscription")
    public CalendarFeedService.Feed get() {
        return feeds.current();
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "rotateMyCalendarFeed", summary = "Make a new subscription URL",
            description = "Makes a new secret subscription URL for the user's unit (and a template for any unit in scope); the previous URL stops working. Copy it now: it is not shown again.")
    @APIResponse(responseCode = "200", description = "The new URL")
    public CalendarFeedService.Feed rotate() {
        return feeds.rotate();
    }

    @DELETE
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "revokeMyCalendarFeed", summary = "Revoke the subscription URL", description = "The URL stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke() {
        feeds.revoke();
    }
}
