package vn.gov.cchc.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/reference-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference lists")
public class ReferenceResource {

    @Inject
    ReferenceService references;

    @Inject
    jakarta.enterprise.inject.Instance<EnumListSource> enumSources;

    @Schema(name = "ReferenceItem", description = "One code of a reference list")
    public record ItemView(
            @Schema(required = true, example = "PROCEDURES") String code,
            @Schema(required = true, description = "In the language of the request", example = "Cải cách thủ tục hành chính") String label,
            @Schema(required = true) String labelVi,
            @Schema(required = true) String labelEn,
            @Schema(required = true, nullable = true, description = "For metrics: the unit of measure", example = "cuộc") String measure) {
    }

    @Schema(name = "ReferenceLists", description = "Every reference list")
    public record Lists(
            @Schema(required = true, description = "The six areas of administrative reform") List<ItemView> cchcAreas,
            @Schema(required = true, description = "PAR INDEX, SIPAS, PAPI, PCI") List<ItemView> indices,
            @Schema(required = true, description = "The eight dimensions of PAPI") List<ItemView> papiDimensions,
            @Schema(required = true) List<ItemView> communicationForms,
            @Schema(required = true) List<ItemView> audiences,
            @Schema(required = true, description = "Figures units report, and that targets count") List<ItemView> metrics,
            @Schema(required = true) List<ItemView> unitKinds,
            @Schema(required = true) List<ItemView> unitGroups,
            @Schema(required = true) List<ItemView> timeframeKinds) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getReferenceLists", summary = "Every reference list",
            description = "CCHC areas, indices, PAPI dimensions, communication forms, audiences, report metrics, unit kinds, unit groups and timeframe kinds, with labels in Vietnamese and English.")
    @APIResponse(responseCode = "200", description = "The lists")
    public Lists all(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = Messages.localeOf(acceptLanguage);
        return new Lists(list(RefList.CCHC_AREA, locale), list(RefList.INDEX, locale),
                list(RefList.PAPI_DIMENSION, locale), list(RefList.COMMUNICATION_FORM, locale),
                list(RefList.AUDIENCE, locale), list(RefList.METRIC, locale),
                enumList("UnitKind", vn.gov.cchc.unit.UnitKind.values(), locale),
                enumList("UnitGroup", owned("UnitGroup"), locale),
                enumList("TimeframeKind", owned("TimeframeKind"), locale));
    }

    private Enum<?>[] owned(String type) {
        for (EnumListSource source : enumSources) {
            Enum<?>[] values = source.enumLists().get(type);
            if (values != null) {
                return values;
            }
        }
        return new Enum<?>[0];
    }

    private List<ItemView> list(RefList list, Locale locale) {
        boolean en = Messages.EN.getLanguage().equals(locale.getLanguage());
        return references.items(list).stream().map(i -> new ItemView(i.code(), i.label(locale), i.labelVi(),
                i.labelEn(), en ? i.measureEn() : i.measureVi())).toList();
    }

    private static List<ItemView> enumList(String type, Enum<?>[] values, Locale locale) {
        return Arrays.stream(values).map(v -> {
            String key = "enum." + type + "." + v.name();
            return new ItemView(v.name(), Messages.get(locale, key), Messages.get(Messages.VI, key),
                    Messages.get(Messages.EN, key), null);
        }).toList();
    }
}
