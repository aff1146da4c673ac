package org.openasn.reporting.headcount;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.Problem;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.problem.RequestParameters;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;
import org.openasn.reporting.access.ReadScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

@Path("/headcounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Headcounts", description = "How many employees in service, by any dimensions, on any date, as known at any moment")
public class HeadcountResource {

    private static final Set<String> HEADCOUNT_PARAMETERS = Set.of("instansi", "groupBy", "asOf", "knownAt", "rollUp", "ageBands");
    private static final Set<String> FLOW_PARAMETERS = Set.of("instansi", "groupBy", "month", "knownAt");
    /** When this process started: part of every headcount's tag. */
    private static final long PROCESS_STARTED = System.currentTimeMillis();

    @Inject
    HeadcountQuery headcounts;
    @Inject
    FlowQuery flows;
    @Inject
    Clock clock;
    @Inject
    HeadcountSuppression suppression;
    @Inject
    ReadScope scope;
    @Inject
    DefaultAgeBands defaultAgeBands;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Employees in service by any dimensions, with row, column and grand totals",
            description = "groupBy: comma-separated dimensions. Any dimension can also be a filter (e.g. kind=PNS, agency=D110, "
                    + "unit=<unit id>). asOf (default today) picks the date; knownAt (ISO instant) reproduces what had been recorded by then. "
                    + "For the integration role, counts below k (asn.reporting.suppression.k) are suppressed (null, suppressed=true), "
                    + "with complementary suppression so that no suppressed count can be worked out from the totals.")
    public Response headcount(@QueryParam("instansi") @AgencyCode @Parameter(description = "the agency (instansi); omit for every agency") String instansi,
                              @QueryParam("groupBy") @Parameter(description = "e.g. golongan,gender") String groupBy,
                              @QueryParam("asOf") @Parameter(description = "the date counted, yyyy-MM-dd; default today (WIB)") String asOf,
                              @QueryParam("knownAt") @Parameter(description = "count what had been recorded by this instant, e.g. 2026-01-05T00:00:00Z")
                              String knownAt,
                              @QueryParam("rollUp") @Parameter(description = "true: a unit filter includes its sub-units, and grouping by unit "
                                      + "counts each employee under the unit one level below the filtered unit (or the top-level unit)")
                              boolean rollUp,
                              @QueryParam("ageBands") @Parameter(description = "the age groups: the last age of each band but the last, "
                                      + "e.g. 25,35,45,55 for <26, 26-35, 36-45, 46-55, >55; default asn.reporting.age-bands (seed 000's: "
                                      + "20,25,30,35,40,45,50,55,58,60)") String ageBands,
                              @Context UriInfo uri, @Context Request request) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<Dimension> dimensions = dimensions(groupBy, violations);
        AgeBands bands = defaultAgeBands.get();
        if (ageBands != null) {
            try {
                bands = AgeBands.parse(ageBands);
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("ageBands", e.getMessage()));
            }
        }
        Map<Dimension, String> filters = filters(uri, HEADCOUNT_PARAMETERS, bands, violations);
        LocalDate date = asOf == null ? Wib.today(clock)
                : QueryValues.collecting(violations, () -> QueryValues.date("asOf", asOf));
        Instant moment = knownAt == null ? null : QueryValues.collecting(violations, () -> QueryValues.instant("knownAt", knownAt));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.get(0).message(), violations);
        }
        scope.require(instansi);
        boolean suppressed = scope.suppressSmallCells();
        // the answer changes only when an event changes the read model (or the day, for the default asOf), or with the release
        // that answers: a tag of an earlier process is never confirmed (a release may name or count a cell differently)
        EntityTag tag = new EntityTag(Integer.toHexString(java.util.Objects.hash(PROCESS_STARTED, headcounts.version(), instansi, dimensions,
                filters, date, moment, rollUp, suppressed, bands)), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.header("Vary", "Authorization").build();
        }
        HeadcountQuery.Headcount counted = headcounts.count(instansi, dimensions, filters, date, moment, rollUp, bands);
        HeadcountView view = suppressed ? suppression.suppressed(counted, rollUp) : suppression.exact(counted, rollUp);
        return Response.ok(view).tag(tag).header("Vary", "Authorization")
                .header("Cache-Control", "private, max-age=0, must-revalidate").build();
    }

    private static List<Dimension> dimensions(String groupBy, List<Problem.Violation> violations) {
        List<Dimension> dimensions = new ArrayList<>();
        if (groupBy != null && !groupBy.isBlank()) {
            for (String name : groupBy.split(",")) {
                Dimension.byParameter(name.strip()).ifPresentOrElse(d -> {
                    if (!dimensions.contains(d)) {
                        dimensions.add(d);
                    }
                }, () -> violations.add(new Problem.Violation("groupBy", "unknown dimension '" + name.strip() + "'; allowed: " + Dimension.parameters())));
            }
        }
        return dimensions;
    }

    /** Every query parameter that is not one of the endpoint's own is a dimension filter, by one value (given once). */
    private static Map<Dimension, String> filters(UriInfo uri, Set<String> parameters, AgeBands ageBands, List<Problem.Violation> violations) {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (parameters.contains(name)) {
                return;
            }
            Dimension.byParameter(name).ifPresentOrElse(d -> {
                if (values.size() > 1) {
                    violations.add(new Problem.Violation(name, RequestParameters.repeated(values.size())));
                    return;
                }
                filters.put(d, values.get(0));
                FilterValues.problem(d, values.get(0), ageBands).ifPresent(problem -> violations.add(new Problem.Violation(name, problem)));
            }, () -> violations.add(new Problem.Violation(name, "unknown filter; allowed: " + Dimension.parameters())));
        });
        return filters;
    }

    @GET
    @Path("/flows")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "A month's additions and reductions by reason (Table 3.1), with the opening and closing counts",
            description = "reconciles is true when closing = opening + additions - reductions (it always should be). For the integration "
                    + "role, counts below k are suppressed (null) with complementary suppression.")
    @APIResponse(responseCode = "200", description = "Table 3.1; the suppressed form for the integration role",
            content = @Content(schema = @Schema(oneOf = {FlowQuery.Flows.class, HeadcountSuppression.FlowsView.class})))
    public Object flows(@QueryParam("instansi") @NotBlank @AgencyCode String instansi, @QueryParam("month") @NotBlank String month,
                                 @QueryParam("knownAt") String knownAt) {
        YearMonth parsed = QueryValues.month("month", month);
        Instant moment = knownAt == null ? null : QueryValues.instant("knownAt", knownAt);
        scope.require(instansi);
        FlowQuery.Flows table = flows.month(instansi, parsed, moment);
        return scope.suppressSmallCells() ? suppression.suppressed(table) : table;
    }

    @GET
    @Path("/flows/cells")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "A month's additions and reductions per cell of any dimensions, with each cell's opening and closing counts",
            description = "Moves between cells count too (a promotion is a reduction of the old golongan's cell and an addition to the new "
                    + "one, by reason 'promoted'). Every cell reconciles: closing = opening + additions - reductions. Any dimension but "
                    + "ageGroup; filters as in /headcounts. Exact figures: not for the integration role.")
    public FlowQuery.FlowsByCell flowsByCell(@QueryParam("instansi") @AgencyCode @Parameter(description = "the agency; omit for every agency") String instansi,
                                             @QueryParam("month") @NotBlank @Parameter(description = "yyyy-MM") String month,
                                             @QueryParam("groupBy") @Parameter(description = "e.g. golongan,unit") String groupBy,
                                             @QueryParam("knownAt") @Parameter(description = "as recorded by this instant") String knownAt,
                                             @Context UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<Dimension> dimensions = dimensions(groupBy, violations);
        Map<Dimension, String> filters = filters(uri, FLOW_PARAMETERS, AgeBands.SEED_000, violations); // flows have no age group
        Stream.concat(dimensions.stream(), filters.keySet().stream()).filter(d -> !d.hasFlows()).distinct().forEach(d ->
                violations.add(new Problem.Violation("groupBy", d.parameter() + " has no flows: " + (d == Dimension.AGE_GROUP
                        ? "people change age group without an event" : "a BUP rule change moves people between years without an employee event"))));
        YearMonth parsed = QueryValues.collecting(violations, () -> QueryValues.month("month", month));
        Instant moment = knownAt == null ? null : QueryValues.collecting(violations, () -> QueryValues.instant("knownAt", knownAt));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.get(0).message(), violations);
        }
        scope.require(instansi);
        return flows.month(instansi, parsed, moment, dimensions, filters);
    }
}
