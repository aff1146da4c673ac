package org.openasn.commons.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents the problem responses that every operation can give whether or not its resource says so: 400 for an
 * operation with a parameter or a body (a malformed value, text with NUL: see {@link RequestParameters}), 404 for one
 * addressing a resource by id or NIP (a path parameter other than {@code {instansi}}), for one on an agency's data
 * ({@code .../{instansi}/...}: an agency not in the register) and for reading an agency ({@code GET .../{instansi}}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            if (hasInput(operation) && !responses.hasAPIResponse("400")) {
                responses.addAPIResponse("400", problem("Malformed or invalid input: the problem names each offending parameter or field"));
            }
            if (addressesOne(path, method) && !responses.hasAPIResponse("404")) {
                responses.addAPIResponse("404", problem("Nothing found at this address (unknown id, NIP or agency)"));
            }
        }));
    }

    private static boolean hasInput(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return operation.getRequestBody() != null || parameters != null && !parameters.isEmpty();
    }

    private static boolean addressesOne(String path, PathItem.HttpMethod method) {
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            if (!m.group(1).equals("instansi")) {
                return true;
            }
        }
        // an agency's data (an agency not in the register), or reading the agency; a PUT of the agency itself registers it
        return path.contains("{instansi}/") || path.endsWith("{instansi}") && method == PathItem.HttpMethod.GET;
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
