package vn.gov.cchc.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The parts of the OpenAPI document that belong to no single resource: description, security and
 * the reusable problem responses. The served document must equal ../openapi.yaml.
 */
@OpenAPIDefinition(
        info = @Info(title = "CCHC — kế hoạch và báo cáo cải cách hành chính", version = "1.0.0",
                description = """
                        API of the system in which Vietnamese provinces and communes plan, assign, track and report on
                        administrative reform (cải cách hành chính, CCHC).

                        **Authentication.** Every operation needs an OAuth 2 bearer access token from the Keycloak realm
                        `cchc` (`{keycloak}/realms/cchc/protocol/openid-connect/token`). People sign in through the web
                        application; integration scripts use the client-credentials grant of a confidential client with the
                        `integration` role. Tokens carry the realm roles (`admin`, `coordinator`, `leader`, `officer`,
                        `viewer`, `integration`) and the user's organisation unit code in the claim `unit`.

                        **Visibility.** A unit sees the plans issued by itself and the units below it (drafts included),
                        and the issued plans of the units above it. A coordinator of Sở Nội vụ sees its whole province.
                        Anything outside the caller's scope answers 404, exactly as if it did not exist.

                        **Errors** are RFC 9457 `application/problem+json`. `type` is stable; `title` and `detail` follow
                        `Accept-Language` (Vietnamese by default, `en` for English). A 400 lists every rejected value in
                        `errors` with the field and the reason.

                        **Concurrency.** Reads return an `ETag` (the version). Updates need `If-Match` with it: 428 when the
                        header is missing, 412 when someone changed the object in between.

                        **Lists** are paged with `page` (from 0), `size` (1–100) and `sort`, and return
                        `{items, page, size, total}`. Dates are `yyyy-MM-dd` (civil dates in Vietnam), instants are UTC.""",
                contact = @Contact(name = "CCHC product team", email = "cchc@example.gov.vn"),
                license = @License(name = "Proprietary, for government use", url = "https://example.gov.vn/cchc/license")),
        servers = @Server(url = "http://localhost:8080", description = "Local stack started by deploy/run.sh"),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
                @Tag(name = "Plans", description = "Plans (Kế hoạch): drafting, issuing and closing"),
                @Tag(name = "Units", description = "The organisation tree (Đơn vị): provinces, departments, communes and their divisions"),
                @Tag(name = "Me", description = "The signed-in user"),
                @Tag(name = "Tasks",
                        description = "A plan's appendix (Phụ lục): tasks, the units and groups they fall on, import from the document's table, and each unit's tasks"),
                @Tag(name = "Implementing plans",
                        description = "Each unit a plan assigns work to issues its own plan within the set time, covering every task assigned to it"),
                @Tag(name = "Reference lists", description = "The codes tasks and reports use, with their labels"),
                @Tag(name = "Calendar", description = "The working-day calendar: holidays and make-up working days per year, and working-day arithmetic"),
                @Tag(name = "Deadlines",
                        description = "Report schedules of plans, and the deadlines issued plans create for units: implementing plans, reports, tasks; calendar feeds"),
                @Tag(name = "Notifications", description = "In-app notices to a unit: deadlines coming up or overdue"),
                @Tag(name = "Reports", description = "Periodic reports of units: results per task, figures, evidence, narrative; approval and acceptance"),
                @Tag(name = "Reporting",
                        description = "For coordinators and lead departments: reporting rates, reminders to missing units, consolidation and the official documents")
        },
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "Access token of the Keycloak realm `cchc` (audience `cchc-backend`)"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Invalid input: the problem lists each rejected field with the reason",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "validation", value = """
                                                {"type":"https://cchc.gov.vn/problems/validation","title":"Dữ liệu không hợp lệ","status":400,
                                                 "detail":"Các trường sau không hợp lệ: title.","instance":"/api/v1/plans",
                                                 "errors":[{"field":"title","message":"không được để trống"}]}"""))),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "No bearer token, or the token is invalid or expired",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role may not do this",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No such object, or it is outside the caller's scope",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "Not possible in the object's current state (see `allowed`), or a duplicate",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "`If-Match` does not match: someone else changed the object",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "`If-Match` is required for this change",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The upload is larger than allowed",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not `application/json`",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "InternalError", responseCode = "500",
                                description = "Unexpected error; nothing was changed. The detail carries an incident id",
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503", description = DatabaseProblems.DESCRIPTION,
                                headers = @Header(name = "Retry-After", description = DatabaseProblems.RETRY_AFTER,
                                        schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
                                content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
                }))
public class OpenApiDocument extends Application {
}
