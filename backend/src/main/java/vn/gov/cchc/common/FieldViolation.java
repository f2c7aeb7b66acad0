package vn.gov.cchc.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldViolation", description = "One rejected input value: where it is and why it was rejected")
public record FieldViolation(
        @Schema(required = true,
                description = "Path of the offending value: a body field (`title`, `sections.purpose`, `recipients[2]`), a query parameter or a header",
                example = "title") String field,
        @Schema(required = true, description = "Why it was rejected, in the language of the request (Vietnamese by default)",
                example = "không được để trống") String message) {
}
