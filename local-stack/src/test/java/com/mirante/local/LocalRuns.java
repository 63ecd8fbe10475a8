package com.mirante.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The local runs a test starts, each on a data directory of its own; whatever is left of them is stopped after the test. */
final class LocalRuns implements AfterEachCallback {

    private final List<LocalRunProcess> runs = new ArrayList<>();

    LocalRunProcess on(Path dataDirectory) {
        LocalRunProcess run = new LocalRunProcess(dataDirectory);
        runs.add(run);
        return run;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        runs.forEach(LocalRunProcess::stop);
        runs.clear();
    }
}
