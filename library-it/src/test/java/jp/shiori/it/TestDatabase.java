package jp.shiori.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The test run's own database (created by the launcher's it-start, named in its state file), for tests that must
 * arrange what no operation offers — a deadline in the past, a fault in the middle of a job — or count rows.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        Properties state = state();
        Properties login = new Properties();
        login.setProperty("user", state.getProperty("db.user"));
        login.setProperty("password", state.getProperty("db.password"));
        return DriverManager.getConnection(state.getProperty("db.url"), login);
    }

    /** The launcher's state: {@code db.url}, {@code db.user}, {@code db.password} of the test database. */
    public static Properties state() {
        Properties state = new Properties();
        Path file = Path.of(System.getProperty("shiori.work", "target/shiori-it"), "launcher.properties");
        try (InputStream in = Files.newInputStream(file)) {
            state.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("No test database state in " + file, e);
        }
        return state;
    }

    /** Runs one statement with its parameters and returns the rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single text a query answers. */
    public static String queryString(String sql, Object... parameters) {
        try (Connection c = connect();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single long a query answers. */
    public static long queryLong(String sql, Object... parameters) {
        try (Connection c = connect();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every long a query answers, in its order. */
    public static java.util.List<Long> queryLongs(String sql, Object... parameters) {
        try (Connection c = connect();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            java.util.List<Long> values = new java.util.ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
