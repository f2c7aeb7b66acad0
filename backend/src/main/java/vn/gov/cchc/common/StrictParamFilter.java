package vn.gov.cchc.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.ParamConverter;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every query and header parameter of the matched operation with {@link StrictParamConverters}
 * before the operation runs. REST's own conversion of some types (Boolean among them) does not ask
 * the converters, and {@link Boolean#valueOf} reads {@code dryRun=1} as false: here every scalar
 * parameter of every operation, present and future, is checked the same way, whatever type it has.
 */
public class StrictParamFilter {

    private static final StrictParamConverters CONVERTERS = new StrictParamConverters();
    private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

    private record Check(String name, boolean header, ParamConverter<?> converter) {
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Check c : checks.computeIfAbsent(method, StrictParamFilter::checksOf)) {
            List<String> values = c.header() ? request.getHeaders().get(c.name())
                    : request.getUriInfo().getQueryParameters().get(c.name());
            if (values != null) {
                for (String value : values) {
                    c.converter().fromString(value);
                }
            }
        }
    }

    static List<Check> checksOf(Method method) {
        List<Check> out = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            Annotation[] annotations = p.getAnnotations();
            String name = null;
            boolean header = false;
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    name = q.value();
                } else if (a instanceof HeaderParam h) {
                    name = h.value();
                    header = true;
                }
            }
            if (name == null) {
                continue;
            }
            ParamConverter<?> converter = CONVERTERS.getConverter(p.getType(), p.getParameterizedType(), annotations);
            if (converter != null) {
                out.add(new Check(name, header, converter));
            }
        }
        return List.copyOf(out);
    }
}
