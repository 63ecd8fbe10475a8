package com.mirante.local;

import com.mirante.embedded.EmbeddedQueues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local run for the classes that only add records of their own and read them back, started by
 * the first that asks for it (a {@link LocalRun} parameter) and stopped after the last test of the
 * JVM: starting both applications costs seconds each time, and these classes shared the database
 * {@code mirante} already. Its queues are its own, so the runs other classes start on the JVM's
 * default queues never lose a message to it.
 */
final class SharedLocalRun implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedLocalRun.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalRun.class;
    }

    @Override
    public LocalRun resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> new Running(start()), Running.class).run();
    }

    private static LocalRun start() {
        List<String> queues = new ArrayList<>(EmbeddedQueues.create("shared-run-changes"));
        return LocalRun.start(queues.toArray(String[]::new));
    }

    /** Closed by JUnit once every test of the JVM ran. */
    private record Running(LocalRun run) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            run.close();
        }
    }
}
