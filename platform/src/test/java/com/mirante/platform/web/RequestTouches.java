package com.mirante.platform.web;

import com.mirante.platform.audit.AuditSchema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what an HTTP request reaches beyond the application: every SQL statement sent while a
 * request is being served (through the real pool, its connections seen through a proxy), and
 * whatever else a test reports with {@link #touch}. Registered as a bean, it wraps the application's
 * {@link DataSource}; background work (projections, pollers) serves no request and is not recorded.
 */
public class RequestTouches implements BeanPostProcessor {

    private static final Set<String> TAKING_SQL = Set.of("prepareStatement", "prepareCall", "execute",
            "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    /**
     * A refused attempt at an action, or at personal data, is still a user's act: its audit record is
     * the one write a refusal makes, and not a sign the request went further.
     */
    private static final String AUDIT_RECORD = "SQL INSERT INTO " + AuditSchema.RECORDS;

    private final List<String> touches = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)) {
            return new RecordingDataSource(dataSource);
        }
        return bean;
    }

    /** Notes that the request being served, if any, reached {@code what}. */
    public void touch(String what) {
        if (what.startsWith(AUDIT_RECORD)) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            touches.add(what + " for " + request.getRequest().getMethod() + " " + request.getRequest().getRequestURI());
        }
    }

    public void clear() {
        touches.clear();
    }

    public List<String> seen() {
        return List.copyOf(touches);
    }

    /** A proxy of {@code target} that notes the SQL handed to it, and wraps the statements it creates likewise. */
    private <T> T recording(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    if (TAKING_SQL.contains(method.getName()) && arguments != null
                            && arguments[0] instanceof String sql) {
                        touch("SQL " + sql);
                    }
                    Object result = invoke(method, target, arguments);
                    return result instanceof Statement statement && method.getName().equals("createStatement")
                            ? recording(Statement.class, statement) : result;
                }));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class RecordingDataSource extends DelegatingDataSource {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(Connection.class, super.getConnection(username, password));
        }
    }
}
