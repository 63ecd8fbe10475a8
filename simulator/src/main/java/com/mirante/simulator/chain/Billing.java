package com.mirante.simulator.chain;

import com.mirante.simulator.dms.ChangeCapture;
import com.mirante.simulator.dms.LegacyTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Billing: the night audit posting each in-house room's night between 00:30 and 03:00, extras
 * through the day, and the cashiers' corrections, reversals and deleted postings. Each posting
 * updates the invoice total in the same transaction, as the billing system's trigger does.
 */
final class Billing {

    static final LocalTime AUDIT_OPENS = LocalTime.of(0, 30);
    static final LocalTime AUDIT_CLOSES = LocalTime.of(3, 0);

    /** Extras: service, description, unit price range, and when in the day they happen. */
    private record Extra(String service, String description, double minPrice, double maxPrice, double chance,
                         LocalTime from, LocalTime to) {
    }

    private static final List<Extra> EXTRAS = List.of(
            new Extra("REST", "Restaurante - almoco", 45, 160, 0.2, LocalTime.of(12, 0), LocalTime.of(14, 30)),
            new Extra("REST", "Restaurante - jantar", 60, 260, 0.3, LocalTime.of(19, 0), LocalTime.of(22, 30)),
            new Extra("BAR", "Bar da piscina", 18, 90, 0.2, LocalTime.of(16, 0), LocalTime.of(23, 45)),
            new Extra("FRIGO", "Frigobar", 8, 35, 0.15, LocalTime.of(9, 0), LocalTime.of(11, 30)),
            new Extra("LAV", "Lavanderia", 25, 120, 0.05, LocalTime.of(10, 0), LocalTime.of(17, 0)),
            new Extra("SPA", "Massagem relaxante", 150, 380, 0.04, LocalTime.of(10, 0), LocalTime.of(20, 0)),
            new Extra("ESTAC", "Estacionamento diaria", 35, 60, 0.15, LocalTime.of(7, 0), LocalTime.of(10, 0)),
            new Extra("EVENTO", "Sala de reuniao", 400, 1500, 0.005, LocalTime.of(8, 0), LocalTime.of(18, 0)),
            new Extra("OUTROS", "Amenidades extras", 10, 80, 0.02, LocalTime.of(8, 0), LocalTime.of(22, 0)));

    private final Chain chain;

    Billing(Chain chain) {
        this.chain = chain;
    }

    /** The night audit starts between 00:30 and 01:15 and posts every in-house room night before 03:00. */
    void planNightAudit(Hotel hotel, LocalDateTime midnight, FrontDesk frontDesk) {
        LocalDateTime start = chain.between(midnight, AUDIT_OPENS, LocalTime.of(1, 15));
        chain.timeline.at(start, hotel.zone, at -> {
            List<Stay> inHouse = hotel.stays.stream().filter(Stay::inHouse).toList();
            long window = Duration.between(at, at.toLocalDate().atTime(AUDIT_CLOSES)).toMillis() - 60_000;
            long step = Math.min(20_000, window / (inHouse.size() + 1));
            for (int i = 0; i < inHouse.size(); i++) {
                Stay stay = inHouse.get(i);
                chain.timeline.at(at.plusNanos((i + 1) * step * 1_000_000 + chain.random.nextInt(1_000_000) * 1_000L),
                        hotel.zone, time -> postRoomNight(hotel, stay, time));
            }
            chain.timeline.at(at.plusNanos((inHouse.size() + 1) * step * 1_000_000), hotel.zone,
                    time -> frontDesk.noShows(hotel, time));
        });
    }

    /** A room night the night audit posted before the full load: the load shows it, no change record does. */
    void postRoomNightBeforeLoad(Hotel hotel, Stay stay, LocalDateTime at) {
        BigDecimal rate = FrontDesk.nightlyInReais(stay, hotel.standardRate);
        Charge charge = new Charge(chain.nextChargeId++, stay.invoice.id, "DIARIA", "Diaria apto " + stay.room.number,
                BigDecimal.ONE, rate, at, "AUDITORIA");
        stay.invoice.charges.add(charge);
        touch(stay.invoice, at);
    }

    private void postRoomNight(Hotel hotel, Stay stay, LocalDateTime at) {
        if (!stay.inHouse()) {
            return;
        }
        BigDecimal rate = FrontDesk.nightlyInReais(stay, hotel.standardRate);
        Charge charge = post(hotel, stay.invoice, "DIARIA", "Diaria apto " + stay.room.number, BigDecimal.ONE, rate,
                at, "AUDITORIA");
        // Now and then the auditor posted the wrong rate: the morning shift reverses it and posts it again.
        if (chain.chance(0.01)) {
            chain.timeline.at(chain.between(at, LocalTime.of(8, 0), LocalTime.of(11, 0)), hotel.zone, time -> {
                if (stay.invoice.status.equals("A") && charge.counts()) {
                    reverse(hotel, stay.invoice, charge, time);
                    post(hotel, stay.invoice, "DIARIA", "Diaria apto " + stay.room.number + " (correcao)",
                            BigDecimal.ONE, rate, time, Chain.user("CAIXA", chain.random));
                }
            });
        }
    }

    void planExtras(Hotel hotel, LocalDateTime midnight) {
        for (Stay stay : hotel.stays) {
            if (!stay.inHouse()) {
                continue;
            }
            for (Extra extra : EXTRAS) {
                if (chain.chance(extra.chance())) {
                    chain.timeline.at(chain.between(midnight, extra.from(), extra.to()), hotel.zone,
                            at -> postExtra(hotel, stay, extra, at));
                }
            }
        }
    }

    private void postExtra(Hotel hotel, Stay stay, Extra extra, LocalDateTime at) {
        if (!stay.inHouse()) {
            return;
        }
        BigDecimal quantity = BigDecimal.valueOf(extra.service().equals("FRIGO") ? 1 + chain.random.nextInt(4) : 1);
        BigDecimal price = chain.money(extra.minPrice() + chain.random.nextDouble() * (extra.maxPrice() - extra.minPrice()));
        Charge charge = post(hotel, stay.invoice, extra.service(), extra.description(), quantity, price, at,
                Chain.user("PDV", chain.random));
        if (chain.chance(0.06)) {
            chain.timeline.at(chain.later(at, 10, 180), hotel.zone, time -> followUp(hotel, stay.invoice, charge, time));
        }
    }

    /** A cashier fixes a posting: corrects it, reverses it, or deletes it when it was posted by mistake. */
    private void followUp(Hotel hotel, Invoice invoice, Charge charge, LocalDateTime at) {
        if (!"A".equals(invoice.status) || !charge.counts()) {
            return;
        }
        int kind = chain.random.nextInt(10);
        if (kind < 5) {
            Map<String, Object> invoiceBefore = invoice.row();
            Map<String, Object> before = charge.row();
            if (charge.quantity.compareTo(BigDecimal.ONE) > 0) {
                charge.quantity = charge.quantity.subtract(BigDecimal.ONE);
            } else {
                charge.unitPrice = chain.money(charge.unitPrice.doubleValue() * 0.9);
            }
            charge.amount = charge.quantity.multiply(charge.unitPrice);
            touch(invoice, at);
            chain.begin(at, hotel.zone).update(LegacyTable.CHARGE, before, charge.row())
                    .update(LegacyTable.INVOICE, invoiceBefore, invoice.row()).commit();
        } else if (kind < 8) {
            reverse(hotel, invoice, charge, at);
        } else {
            Map<String, Object> invoiceBefore = invoice.row();
            Map<String, Object> row = charge.row();
            charge.deleted = true;
            touch(invoice, at);
            chain.begin(at, hotel.zone).delete(LegacyTable.CHARGE, row)
                    .update(LegacyTable.INVOICE, invoiceBefore, invoice.row()).commit();
        }
    }

    private void reverse(Hotel hotel, Invoice invoice, Charge charge, LocalDateTime at) {
        Map<String, Object> invoiceBefore = invoice.row();
        Map<String, Object> before = charge.row();
        charge.reversed = true;
        touch(invoice, at);
        chain.begin(at, hotel.zone).update(LegacyTable.CHARGE, before, charge.row())
                .update(LegacyTable.INVOICE, invoiceBefore, invoice.row()).commit();
    }

    private Charge post(Hotel hotel, Invoice invoice, String service, String description, BigDecimal quantity,
                        BigDecimal price, LocalDateTime at, String user) {
        Map<String, Object> invoiceBefore = invoice.row();
        Charge charge = new Charge(chain.nextChargeId++, invoice.id, service, description, quantity, price, at, user);
        invoice.charges.add(charge);
        touch(invoice, at);
        ChangeCapture.Transaction transaction = chain.begin(at, hotel.zone);
        transaction.insert(LegacyTable.CHARGE, charge.row()).update(LegacyTable.INVOICE, invoiceBefore, invoice.row())
                .commit();
        return charge;
    }

    private static void touch(Invoice invoice, LocalDateTime at) {
        invoice.changedAt = at;
        invoice.changedBy = "FATURAMENTO";
    }
}
