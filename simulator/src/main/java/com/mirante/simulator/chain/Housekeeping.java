package com.mirante.simulator.chain;

import com.mirante.simulator.dms.LegacyTable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

/** Housekeeping: rooms made up after check-out and for guests staying on, inspections, rooms out of service. */
final class Housekeeping {

    private final Chain chain;

    Housekeeping(Chain chain) {
        this.chain = chain;
    }

    void planDay(Hotel hotel, LocalDateTime midnight) {
        for (Room room : hotel.rooms) {
            if (room.occupied && chain.chance(0.6)) {
                makeUp(hotel, room, chain.between(midnight, LocalTime.of(9, 0), LocalTime.of(15, 30)), false);
            } else if (!room.occupied && !room.outOfService && chain.chance(0.003)) {
                chain.timeline.at(chain.between(midnight, LocalTime.of(8, 0), LocalTime.of(17, 0)), hotel.zone,
                        at -> takeOutOfService(hotel, room, at));
            }
        }
    }

    /** A round of one room: being cleaned, then clean, and a supervisor inspects some vacant ones. */
    void makeUp(Hotel hotel, Room room, LocalDateTime at, boolean inspect) {
        String housekeeper = "CAM%03d".formatted(1 + chain.random.nextInt(Math.max(2, hotel.rooms.size() / 12)));
        chain.timeline.at(at, hotel.zone, start -> {
            change(hotel, room, start, () -> {
                room.cleaning = "EM";
                room.housekeeper = housekeeper;
            });
            chain.timeline.at(chain.later(start, 18, 45), hotel.zone, done -> {
                change(hotel, room, done, () -> {
                    room.cleaning = "LP";
                    room.lastCleanedAt = done;
                });
                if (inspect && chain.chance(0.5)) {
                    chain.timeline.at(chain.later(done, 5, 40), hotel.zone, checked -> {
                        if ("LP".equals(room.cleaning) && !room.occupied) {
                            change(hotel, room, checked, () -> room.cleaning = "IS");
                        }
                    });
                }
            });
        });
    }

    private void takeOutOfService(Hotel hotel, Room room, LocalDateTime at) {
        if (room.occupied || room.outOfService) {
            return;
        }
        change(hotel, room, at, () -> {
            room.outOfService = true;
            room.outOfServiceReason = Names.pick(Names.OUT_OF_SERVICE_REASONS, chain.random);
        });
        LocalDateTime back = chain.between(at.plusDays(1 + chain.random.nextInt(3)), LocalTime.of(10, 0),
                LocalTime.of(17, 0));
        chain.timeline.at(back, hotel.zone, time -> {
            change(hotel, room, time, () -> {
                room.outOfService = false;
                room.outOfServiceReason = null;
                room.cleaning = "SJ";
            });
            makeUp(hotel, room, chain.later(time, 10, 60), true);
        });
    }

    private void change(Hotel hotel, Room room, LocalDateTime at, Runnable change) {
        Map<String, Object> before = room.row();
        change.run();
        room.changedAt = at;
        chain.begin(at, hotel.zone).update(LegacyTable.ROOM, before, room.row()).commit();
    }
}
