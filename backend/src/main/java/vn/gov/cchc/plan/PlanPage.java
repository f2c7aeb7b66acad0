package vn.gov.cchc.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.plan.PlanDtos.PlanSummary;

@Schema(name = "PlanPage", description = "One page of plans")
public record PlanPage(
        @Schema(required = true) List<PlanSummary> items,
        @Schema(required = true, description = "Index of this page, from 0", example = "0") int page,
        @Schema(required = true, description = "Requested page size", example = "20") int size,
        @Schema(required = true, description = "Number of plans matching the filters, over all pages", example = "4") long total) {
}
