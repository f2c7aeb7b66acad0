package vn.gov.cchc.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API shows of the national list of administrative units and of loading it into the tree. */
public final class NationalDtos {

    private NationalDtos() {
    }

    @Schema(name = "NationalProvince", description = "A province or centrally-run city of the national list")
    public record NationalProvince(
            @Schema(required = true, description = "Official 2-digit code", example = "25") String code,
            @Schema(required = true, description = "Official name, in NFC", example = "Tỉnh Phú Thọ") String name,
            @Schema(required = true) NationalUnitKind kind,
            @Schema(required = true, description = "Number of its commune-level units", example = "148") long communeCount) {
    }

    @Schema(name = "NationalCommune", description = "A commune-level unit (xã, phường, đặc khu) of the national list")
    public record NationalCommune(
            @Schema(required = true, description = "Official 5-digit code", example = "07900") String code,
            @Schema(required = true, description = "Official name, in NFC", example = "Phường Việt Trì") String name,
            @Schema(required = true) NationalUnitKind kind,
            @Schema(required = true, description = "Official code of its province", example = "25") String provinceCode) {

        static NationalCommune of(NationalUnit n) {
            return new NationalCommune(n.code, n.name, n.kind, n.provinceCode);
        }
    }

    @Schema(name = "NationalCommunePage", description = "One page of a province's commune-level units")
    public record NationalCommunePage(
            @Schema(required = true) List<NationalCommune> items,
            @Schema(required = true, description = "Index of this page, from 0", example = "0") int page,
            @Schema(required = true, description = "Requested page size", example = "20") int size,
            @Schema(required = true, description = "Number of units matching the filter, over all pages", example = "148") long total) {
    }

    @Schema(name = "NationalRenamed", description = "A tree unit linked to the national list by its official code, whose name differs")
    public record Renamed(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true, description = "The unit's official code", example = "07900") String officialCode,
            @Schema(required = true, description = "The official name", example = "Phường Việt Trì") String officialName) {
    }

    @Schema(name = "NationalNameMatch", description = """
            A suggestion: a tree unit without an official code whose name equals an official name when case, diacritics
            and the "UBND" prefix are ignored. It is never linked silently: set its official code to accept it.""")
    public record NameMatch(
            @Schema(required = true, description = "The tree unit, with its spelling") UnitRef unit,
            @Schema(required = true, description = "The official code it may take", example = "07900") String officialCode,
            @Schema(required = true, description = "The official spelling", example = "Phường Việt Trì") String officialName) {
    }

    @Schema(name = "NationalCommuneDiff", description = """
            A province's commune-level units in the national list compared with the tree's communes under the province unit.""")
    public record Diff(
            @Schema(required = true, description = "Official code of the province", example = "25") String provinceCode,
            @Schema(required = true, example = "Tỉnh Phú Thọ") String provinceName,
            @Schema(required = true, description = "True when nothing was changed (a preview)") boolean dryRun,
            @Schema(required = true, description = "Number of the province's commune-level units in the national list",
                    example = "148") int nationalTotal,
            @Schema(required = true, description = "Number of units created by this call (0 in a dry run)") int created,
            @JsonProperty("new") @Schema(name = "new", required = true,
                    description = "National units with no counterpart in the tree: created unless dryRun") List<NationalCommune> newUnits,
            @Schema(required = true, description = "Linked by official code, with another name: reported, not renamed") List<Renamed> renamed,
            @Schema(required = true, description = "Suggestions matched by name only: not created, not linked") List<NameMatch> matchedByName,
            @Schema(required = true, description = "Tree communes with no national counterpart") List<UnitRef> missing,
            @Schema(required = true, description = "Number of tree communes linked by official code with the official name") int unchanged) {
    }

    @Schema(name = "NationalProvinceSetup", description = "A province unit created from the national list, with its communes")
    public record ProvinceSetup(
            @Schema(required = true, nullable = true, description = "The province unit created; null in a dry run") UnitRef unit,
            @Schema(required = true, description = "The code the province unit has (or would have)", example = "PT") String code,
            @Schema(required = true, description = "Its communes: in a dry run every one is new") Diff communes) {
    }
}
