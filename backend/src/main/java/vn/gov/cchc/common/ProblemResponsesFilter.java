package vn.gov.cchc.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every operation can give (401, 403, 500, 503, and 400 when it takes input)
 * so that resources only declare the ones specific to them.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation op : path.getValue().getOperations().values()) {
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    continue;
                }
                boolean takesInput = op.getRequestBody() != null
                        || (op.getParameters() != null && !op.getParameters().isEmpty());
                if (takesInput) {
                    addRef(responses, "400", "BadRequest");
                }
                if (op.getRequestBody() != null) {
                    addRef(responses, "415", "UnsupportedMediaType");
                }
                addRef(responses, "401", "Unauthorized");
                addRef(responses, "403", "Forbidden");
                addRef(responses, "500", "InternalError");
                addRef(responses, "503", "ServiceUnavailable");
            }
        }
    }

    private static void addRef(APIResponses responses, String code, String name) {
        var existing = responses.getAPIResponse(code);
        // SmallRye adds bare 401/403 entries for secured operations; ours carry the problem body
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }
}
