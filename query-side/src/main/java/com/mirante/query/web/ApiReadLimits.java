package com.mirante.query.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an API read's transaction under the {@link ApiProperties} limits with {@code set_config(...,
 * true)}, PostgreSQL's {@code SET LOCAL}: they end with the transaction, so the pooled connection
 * goes back to projections, replays and rebuilds without them. The API's own connections
 * ({@link ApiConnections}) carry them for their whole session instead. Whether the database role may set
 * {@code temp_file_limit} is found out once, at start, by trying; when it may not, the API runs
 * with the statement timeout alone and says so.
 */
public class ApiReadLimits {

    private static final Logger log = LoggerFactory.getLogger(ApiReadLimits.class);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String TEMP_FILE_LIMIT = "SELECT set_config('temp_file_limit', ?, true)";

    private final String statementTimeout;
    private final String tempFileLimit;
    private final String statement;

    public ApiReadLimits(ApiProperties properties, DataSource dataSource) {
        this.statementTimeout = properties.statementTimeout().toMillis() + "ms";
        String limit = properties.tempFileLimit().toKilobytes() + "kB";
        this.tempFileLimit = maySet(dataSource, limit) ? limit : null;
        this.statement = tempFileLimit == null ? "SELECT set_config('statement_timeout', ?, true)"
                : "SELECT set_config('statement_timeout', ?, true), set_config('temp_file_limit', ?, true)";
        if (tempFileLimit == null) {
            log.warn("The database role may not set temp_file_limit (it needs to be a superuser or to be granted"
                    + " SET ON PARAMETER temp_file_limit): API reads run with the statement timeout of {} only,"
                    + " and one of them may fill the database's disk with temporary files", statementTimeout);
        }
    }

    /** The same limits for a whole session: the first statement of each of the API's own connections. */
    String sessionSettings() {
        return tempFileLimit == null ? "SELECT set_config('statement_timeout', '" + statementTimeout + "', false)"
                : "SELECT set_config('statement_timeout', '" + statementTimeout + "', false),"
                + " set_config('temp_file_limit', '" + tempFileLimit + "', false)";
    }

    /** Called at the start of a read-only transaction, on its connection. */
    void applyTo(Connection connection) throws SQLException {
        try (PreparedStatement limits = connection.prepareStatement(statement)) {
            limits.setString(1, statementTimeout);
            if (tempFileLimit != null) {
                limits.setString(2, tempFileLimit);
            }
            limits.execute();
        }
    }

    /** Tries the setting in a transaction it then rolls back. */
    private static boolean maySet(DataSource dataSource, String limit) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement trial = connection.prepareStatement(TEMP_FILE_LIMIT)) {
                trial.setString(1, limit);
                trial.execute();
                return true;
            } catch (SQLException e) {
                if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find out whether the database role may set temp_file_limit", e);
        }
    }
}
