package vn.gov.cchc.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.unit.UnitDtos.UnitRef;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    @Inject
    OrganisationAccess organisation;

    @Schema(name = "Role",
            description = "Realm role: admin (everything), province-admin (the organisation and accounts of one province), coordinator (Sở Nội vụ: the whole province), leader and officer (their unit), viewer (read-only), integration (scripts: published data)",
            enumeration = {
                    Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION },
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
    public static final class Role {
        private Role() {
        }
    }

    @Schema(name = "UserPermissions", description = "What the signed-in user may start; each object also carries its own permissions")
    public record UserPermissions(
            @Schema(required = true, description = "May create draft plans (for their unit's tree; coordinators: their province)") boolean canCreatePlans,
            @Schema(required = true,
                    description = "May change the organisation and its accounts (admins everywhere; province administrators: their province)") boolean canAdministerOrganisation,
            @Schema(required = true, nullable = true,
                    description = "The province a province administrator administers; null for global admins (everything) and everyone else") UnitRef administeredUnit,
            @Schema(required = true,
                    description = "May create a province (and its communes) from the national list: admins; a province administrator while their account's unit does not exist yet (an empty installation)") boolean canSetUpProvince) {
    }

    @Schema(name = "CurrentUser", description = "The signed-in user as the API sees them")
    public record Me(
            @Schema(required = true, example = "hy.coordinator") String username,
            @Schema(required = true, example = "Nguyễn Thị Hương") String displayName,
            @Schema(required = true, description = "Realm roles the API recognises", example = "[\"coordinator\"]",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Role.class) List<String> roles,
            @Schema(required = true, nullable = true,
                    description = "The user's unit (token claim `unit`); null when the token names none or an unknown one") UnitRef unit,
            @Schema(required = true, nullable = true,
                    description = "The root of what the user may change: the province for coordinators, the own unit for leaders and officers") UnitRef scopeUnit,
            @Schema(required = true) UserPermissions permissions) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user",
            description = "Name, roles, unit and what the user may start. The web application uses it to shape its menus; the rules themselves are enforced on every operation.")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    public Me me() {
        return new Me(user.username(), user.displayName(), user.roles(),
                user.unit().map(UnitRef::of).orElse(null),
                user.writeScope().map(UnitRef::of).orElse(null),
                new UserPermissions(policy.mayCreate(), organisation.isAdministrator(),
                        organisation.administrationScope().map(UnitRef::of).orElse(null), organisation.maySetUpProvince()));
    }
}
