package vn.gov.cchc.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as a signed-in user. Every response is checked against ../openapi.yaml: a response the
 * contract does not describe fails the test. Requests are not checked, so that tests can send bad
 * input on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static OpenApiValidationFilter filter;

    private Api() {
    }

    static synchronized OpenApiValidationFilter contract() {
        if (filter == null) {
            if (!Files.isRegularFile(CONTRACT)) {
                throw new IllegalStateException("contract " + CONTRACT.toAbsolutePath() + " is missing");
            }
            filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                    .createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
        }
        return filter;
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        if (Boolean.getBoolean("api.log")) {
            return given().filter(contract()).filter(new io.restassured.filter.log.ResponseLoggingFilter())
                    .accept("application/json, application/problem+json").contentType(ContentType.JSON);
        }
        return given().filter(contract()).accept("application/json, application/problem+json").contentType(ContentType.JSON);
    }
}
