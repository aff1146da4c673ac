package org.openasn.commons.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body with a field the request does not have is a 400 that names it and the fields there are. Ignoring it
 * would lose what the caller meant silently: {@code {"type": "DINAS"}} on a unit's classification, whose field is
 * {@code unitType}, would read as "no type" and clear the unit's type. The REST layer alone reads bodies this way;
 * the application's own mapper (stored documents, which may hold fields a later version dropped) stays lenient.
 * A body's dates are of a year from 1 to 9999 ({@link FourDigitYearDates}). Nor does a value of another kind stand for
 * a number or a choice: {@code "slots": 1.5} was read as 1, {@code "listOrder": ""} as no order (clearing it), and
 * {@code "level": 0} as the first level (PUSAT).
 */
@Provider
public class StrictRequestBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @Inject
    public StrictRequestBodies(ObjectMapper application) {
        this.strict = application.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .registerModule(FourDigitYearDates.bodyDates());
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            strict.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false);
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
