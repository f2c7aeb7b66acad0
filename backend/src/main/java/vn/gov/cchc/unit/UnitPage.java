package vn.gov.cchc.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.unit.UnitDtos.UnitView;

@Schema(name = "UnitPage", description = "One page of units")
public record UnitPage(
        @Schema(required = true) List<UnitView> items,
        @Schema(required = true, description = "Index of this page, from 0", example = "0") int page,
        @Schema(required = true, description = "Requested page size", example = "20") int size,
        @Schema(required = true, description = "Number of units matching the filters, over all pages", example = "32") long total) {
}
