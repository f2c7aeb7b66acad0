package vn.gov.cchc.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem",
        description = "RFC 9457 problem details. `type` is stable and can be matched by programs; `title` and `detail` are in the language asked for by `Accept-Language` (Vietnamese by default, English with `en`).")
public record Problem(
        @Schema(required = true, description = "Stable identifier of the kind of problem", example = "https://cchc.gov.vn/problems/validation") String type,
        @Schema(required = true, description = "Short human-readable summary of the kind of problem", example = "Dữ liệu không hợp lệ") String title,
        @Schema(required = true, description = "HTTP status code", example = "400") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path that produced the problem", example = "/api/v1/plans") String instance,
        @Schema(description = "For 400 responses: every rejected value with its reason") List<FieldViolation> errors,
        @Schema(description = "For 409 responses about a state change: the actions allowed in the current state",
                example = "[\"close\"]") List<String> allowed) {
}
