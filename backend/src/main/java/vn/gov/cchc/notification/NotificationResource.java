package vn.gov.cchc.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.gov.cchc.security.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "listNotifications", summary = "My notices",
            description = "The in-app notices of the signed-in user's unit (deadlines coming up or overdue, and later reports), newest first, with the user's own read state.")
    @APIResponse(responseCode = "200", description = "One page of notices")
    public NotificationService.Page list(
            @Parameter(description = "Only unread ones") @QueryParam("unread") Boolean unread,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") @Min(1) @Max(100) Integer size) {
        return notifications.mine(Boolean.TRUE.equals(unread),
                PageRequest.of(page, size, null, java.util.Map.of("createdAt", "createdAt"), "createdAt,desc"));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "markNotificationRead", summary = "Mark a notice read",
            description = "For the signed-in user only; the others of the unit still see it unread.")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void read(@Parameter(description = "Notice id", example = "8") @PathParam("id") long id) {
        notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER })
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notice read", description = "For the signed-in user.")
    @APIResponse(responseCode = "204", description = "Marked")
    public void readAll() {
        notifications.markAllRead();
    }
}
