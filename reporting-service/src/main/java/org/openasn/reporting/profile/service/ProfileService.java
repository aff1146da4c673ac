package org.openasn.reporting.profile.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.reporting.headcount.Dimension;
import org.openasn.reporting.headcount.FlowQuery;
import org.openasn.reporting.headcount.HeadcountQuery;
import org.openasn.reporting.profile.Axes;
import org.openasn.reporting.profile.DynamicBins;
import org.openasn.reporting.profile.Bulan;
import org.openasn.reporting.profile.Count;
import org.openasn.reporting.profile.Population;
import org.openasn.reporting.profile.ProfileCatalogue;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableBuilder;
import org.openasn.reporting.profile.TableDefinition;
import org.openasn.reporting.profile.formasi.FormasiHistory;
import org.openasn.reporting.profile.units.UnitStructure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts one profile table from the read model: headcounts on the month's last day for the state tables (with the
 * formasi's vacant and prepared eselon posts for Tables 3.2 and 002.eselon), the
 * month's movements for Tables 3.1 and 3.18, BUP retirements for Tables 3.15–3.17, units and eselon posts by kind of
 * SKPD for Tables 3.12–3.13 (and the unit's type and school level beside counts by unit); then lays them out with the
 * table's definition, which checks that every total reconciles.
 */
@ApplicationScoped
public class ProfileService {

    private static final String RETIRED_BUP = "RETIRED_BUP";

    @Inject
    HeadcountQuery headcounts;
    @Inject
    FlowQuery flows;
    @Inject
    FormasiHistory formasi;
    @Inject
    UnitStructure units;

    /** Every table of the catalogue, in its order, counted in one transaction: the whole month's profile. */
    @Transactional
    public List<ProfileTable> all(TableBuilder.Request request) {
        return ProfileCatalogue.all().stream().map(def -> table(def.number(), request)).toList();
    }

    @Transactional
    public ProfileTable table(String number, TableBuilder.Request request) {
        TableDefinition def = ProfileCatalogue.byNumber(number).orElseThrow(() -> new NotFoundProblem(
                "No profile table " + number + "; GET /profile/tables lists them."));
        List<Dimension> dimensions = def.dimensions().stream().map(name -> Dimension.byParameter(name).orElseThrow()).toList();
        YearMonth month = request.month();
        DynamicBins dynamic = DynamicBins.NONE;
        List<Count> counts = new ArrayList<>();
        ProfileTable.Balance balance = null;
        Long populationTotal = null;
        switch (def.measure()) {
            case HEADCOUNT -> {
                List<Dimension> groupBy = new ArrayList<>(dimensions);
                groupBy.add(Dimension.KIND);
                headcounts.count(request.instansi(), groupBy, Map.of(), month.atEndOfMonth(), request.knownAt()).cells()
                        .forEach(cell -> counts.add(new Count(cell.key(), cell.count())));
                if (groupBy.contains(Dimension.UNIT)) {
                    List<Count> byUnit = units.withUnitAttributes(request.instansi(), counts);
                    counts.clear();
                    counts.addAll(byUnit);
                }
                populationTotal = headcount(def.population(), request, month);
                if (def.formasi()) {
                    for (FormasiHistory.Posts posts : formasi.eselonPosts(request.instansi(), month.atEndOfMonth(), request.knownAt(),
                            def.population().kinds())) {
                        counts.add(new Count(Map.of("eselon", posts.eselon(), "status", ProfileCatalogue.VACANT), posts.vacant()));
                        counts.add(new Count(Map.of("eselon", posts.eselon(), "status", ProfileCatalogue.PREPARED), posts.prepared()));
                    }
                }
                if (def.rows().isDynamic()) {
                    dynamic = units.listing(request.instansi(), month.atEndOfMonth());
                }
            }
            case MOVEMENTS -> {
                long reductions = 0;
                long additions = 0;
                for (FlowQuery.Movement m : movements(def, request, month.atDay(1), month.atEndOfMonth(), dimensions, false)) {
                    counts.add(movementCount(m, m.key()));
                    if (m.addition()) {
                        additions += m.count();
                    } else {
                        reductions += m.count();
                    }
                }
                String who = "JUMLAH " + def.population().shortLabel() + " ";
                YearMonth previous = month.minusMonths(1);
                balance = new ProfileTable.Balance(who + Bulan.upper(previous.getMonthValue()) + " " + previous.getYear(),
                        headcount(def.population(), request, previous), reductions, additions,
                        who + Bulan.upper(month.getMonthValue()) + " " + month.getYear(), headcount(def.population(), request, month));
            }
            case UNITS -> counts.addAll(units.skpdByType(request.instansi(), month.atEndOfMonth()));
            case ESELON_POSTS -> counts.addAll(units.eselonPosts(request.instansi(), month.atEndOfMonth(), request.knownAt(),
                    def.population().kinds()));
            case BUP_MONTH -> retirements(def, request, month.atDay(1), month.atEndOfMonth(), dimensions, false, counts);
            case BUP_YEAR -> retirements(def, request, month.withMonth(1).atDay(1), month.atEndOfMonth(), dimensions, false, counts);
            case BUP_BY_MONTH -> {
                retirements(def, request, month.withMonth(1).atDay(1), month.atEndOfMonth(), dimensions, true, counts);
                dynamic = DynamicBins.rows(Axes.monthBins(month.getMonthValue()));
            }
        }
        return TableBuilder.build(def, request, dynamic, counts, balance, populationTotal);
    }

    private List<FlowQuery.Movement> movements(TableDefinition def, TableBuilder.Request request, LocalDate first, LocalDate last,
                                               List<Dimension> dimensions, boolean byMonth) {
        return flows.movements(request.instansi(), first, last, request.knownAt(), def.population().kinds(), dimensions, byMonth);
    }

    /** The BUP retirements of a period as counts; with {@code byMonth}, each key has the retirement's month (1–12). */
    private void retirements(TableDefinition def, TableBuilder.Request request, LocalDate first, LocalDate last, List<Dimension> dimensions,
                             boolean byMonth, List<Count> counts) {
        for (FlowQuery.Movement m : movements(def, request, first, last, dimensions, byMonth)) {
            if (!m.addition() && RETIRED_BUP.equals(m.reason())) {
                counts.add(movementCount(m, m.key()));
            }
        }
    }

    private static Count movementCount(FlowQuery.Movement m, Map<String, String> dimensions) {
        Map<String, String> key = new LinkedHashMap<>(dimensions);
        key.put("movement", m.addition() ? "addition" : "reduction");
        key.put("reason", m.reason());
        return new Count(key, m.count());
    }

    /** The population's headcount at the month's end, counted without any grouping but the kind. */
    private long headcount(Population population, TableBuilder.Request request, YearMonth month) {
        return headcounts.count(request.instansi(), List.of(Dimension.KIND), Map.of(), month.atEndOfMonth(), request.knownAt()).cells()
                .stream().filter(c -> population.kinds().contains(c.key().get(Dimension.KIND.parameter())))
                .mapToLong(HeadcountQuery.Cell::count).sum();
    }
}
