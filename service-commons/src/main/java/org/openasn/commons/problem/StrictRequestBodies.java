package org.openasn.commons.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body with a field the request does not have is a 400 that names it and the fields there are. Ignoring it
 * would lose what the caller meant silently: {@code {"type": "DINAS"}} on a unit's classification, whose field is
 * {@code unitType}, would read as "no type" and clear the unit's type. The REST layer alone reads bodies this way;
 * the application's own mapper (stored documents, which may hold fields a later version dropped) stays lenient.
 */
@Provider
public class StrictRequestBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @Inject
    public StrictRequestBodies(ObjectMapper application) {
        this.strict = application.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
