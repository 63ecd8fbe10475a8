package com.mirante.projection;

import java.time.Duration;

/**
 * This node of the application as the token store knows it.
 *
 * @param id           the owner written into the tokens this node claims
 * @param claimTimeout how long a claim lives without being renewed: a node that died without
 *                     releasing its segments holds them no longer than this
 */
record ProcessorNode(String id, Duration claimTimeout) {
}
