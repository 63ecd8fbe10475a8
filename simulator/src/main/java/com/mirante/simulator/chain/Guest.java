package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A guest of {@code crm.hospede}; all personal data here is made up. */
final class Guest {

    final long id;
    final String name;
    final String taxId;
    final String passport;
    final LocalDate birthDate;
    String email;
    String phone;
    String city;
    String state;
    final String country;
    boolean acceptsMarketing;
    String loyaltyTier;
    final LocalDateTime registeredAt;
    LocalDateTime changedAt;
    boolean erased;

    Guest(long id, String name, String taxId, String passport, LocalDate birthDate, String email, String phone,
          String city, String state, String country, boolean acceptsMarketing, String loyaltyTier,
          LocalDateTime registeredAt) {
        this.id = id;
        this.name = name;
        this.taxId = taxId;
        this.passport = passport;
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
        this.city = city;
        this.state = state;
        this.country = country;
        this.acceptsMarketing = acceptsMarketing;
        this.loyaltyTier = loyaltyTier;
        this.registeredAt = registeredAt;
        this.changedAt = registeredAt;
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id_hospede", id);
        row.put("nom_hospede", name);
        row.put("num_cpf", taxId);
        row.put("num_passaporte", passport);
        row.put("dt_nascimento", Values.date(birthDate));
        row.put("des_email", email);
        row.put("num_telefone", phone);
        row.put("nom_cidade", city);
        row.put("sig_uf", state);
        row.put("cod_pais", country);
        row.put("fl_aceita_marketing", Values.flag(acceptsMarketing));
        row.put("cod_nivel_fidelidade", loyaltyTier);
        row.put("dh_cadastro", Values.wallClock(registeredAt));
        row.put("dh_alteracao", Values.wallClock(changedAt));
        return row;
    }
}
