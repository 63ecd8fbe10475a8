package com.mirante.simulator.chain;

import java.time.LocalDate;

/**
 * @param hotels how many hotels the chain has
 * @param days   how many simulated days of activity follow the full load
 * @param start  the first simulated day
 * @param seed   the same seed gives the same records
 */
public record SimulationSettings(int hotels, int days, LocalDate start, long seed) {

    public SimulationSettings {
        if (hotels < 1 || days < 0) {
            throw new IllegalArgumentException("hotels must be at least 1 and days at least 0");
        }
    }
}
