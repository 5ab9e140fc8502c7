package nl.spiegel360.development;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Freezes every closed pulse again from its stored answers, through the engine: pulses frozen before the engine
 * computed them could show a group's score of an item that fewer of its raters judged than the group's minimum.
 * The answers, the scale and the minimums stored with each pulse are all it reads; the indicators are those the
 * frozen result named.
 */
@Component
class PulseResultsMigration implements JavaMigration {

    static final MigrationVersion VERSION = MigrationVersion.fromVersion("15");

    @Override
    public MigrationVersion getVersion() {
        return VERSION;
    }

    @Override
    public String getDescription() {
        return "pulse results through the engine";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 15;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Object[]> closed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, scale_max, minimums, result from pulse where result is not null order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                closed.add(new Object[] {rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update pulse set result = ? where id = ?")) {
            for (Object[] pulse : closed) {
                long id = (Long) pulse[0];
                Map<String, Object> overrides = new LinkedHashMap<>();
                overrides.put("scaleMax", pulse[1]);
                Map<String, Integer> minimums = new LinkedHashMap<>();
                PulseResults.readMinimums((String) pulse[2]).forEach((g, m) -> minimums.put(g.name(), m));
                overrides.put("anonymityMin", minimums);
                List<Long> indicators = List.copyOf(PulseResults.read((String) pulse[3]).keySet());
                update.setString(1, PulseResults.freeze(raters(connection, id, indicators), indicators,
                        Settings.of(overrides)));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    /** The pulse's submitted questionnaires, with their answers to these indicators. */
    private static List<Rater> raters(Connection connection, long pulseId, List<Long> indicators)
            throws SQLException {
        Map<Long, RaterGroup> groups = new LinkedHashMap<>();
        Map<Long, Map<String, @Nullable Integer>> scores = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select r.id, r.rater_group, a.indicator_id,"
                + " a.score from pulse_request r left join pulse_rating a on a.request_id = r.id"
                + " where r.pulse_id = ? and r.submitted_at is not null order by r.id")) {
            select.setLong(1, pulseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long request = rows.getLong(1);
                    groups.put(request, RaterGroup.valueOf(rows.getString(2)));
                    Map<String, @Nullable Integer> answers = scores.computeIfAbsent(request, r -> new HashMap<>());
                    long indicator = rows.getLong(3);
                    if (!rows.wasNull() && indicators.contains(indicator)) {
                        int score = rows.getInt(4);
                        answers.put(Long.toString(indicator), rows.wasNull() ? null : score);
                    }
                }
            }
        }
        List<Rater> raters = new ArrayList<>();
        groups.forEach((request, group) -> raters.add(new Rater(request.toString(), group,
                scores.getOrDefault(request, Map.of()))));
        return raters;
    }
}
