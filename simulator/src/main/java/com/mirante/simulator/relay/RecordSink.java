package com.mirante.simulator.relay;

/** Where DMS records go, one JSON document each; {@link #close()} delivers whatever is still held. */
public interface RecordSink extends AutoCloseable {

    void send(String record);

    @Override
    void close();
}
