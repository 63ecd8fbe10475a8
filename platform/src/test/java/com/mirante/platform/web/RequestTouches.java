package com.mirante.platform.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what an HTTP request reaches beyond the application: every database connection taken
 * while a request is being served (the real pool, seen through a delegating wrapper), and whatever
 * else a test reports with {@link #touch}. Registered as a bean, it wraps the application's
 * {@link DataSource}; background work (projections, pollers) serves no request and is not recorded.
 */
public class RequestTouches implements BeanPostProcessor {

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

    private final class RecordingDataSource extends DelegatingDataSource {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            touch("a database connection");
            return super.getConnection();
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
            touch("a database connection");
            return super.getConnection(username, password);
        }
    }
}
