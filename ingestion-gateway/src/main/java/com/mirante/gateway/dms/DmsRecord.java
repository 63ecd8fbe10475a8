package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One AWS DMS change record.
 *
 * @param data        the row after the change; for deletes the key, with the other columns often null
 * @param beforeImage the row before an update when the task enables it: all columns, only the key
 *                    (the old key when the key changed), or empty; {@code null} when absent
 * @param control     the control details of a control record; {@code null} when absent
 */
public record DmsRecord(DmsMetadata metadata, ObjectNode data, ObjectNode beforeImage, ObjectNode control) {
}
