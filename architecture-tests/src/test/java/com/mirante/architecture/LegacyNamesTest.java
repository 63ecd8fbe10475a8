package com.mirante.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The legacy systems' names (schemas, tables, columns: the DMS contract's) live in the gateway's
 * mapping only: past the anti-corruption layer, code speaks the hotel's language. Checked on what
 * the compiler keeps, the text of every class file (class, field and method names, string literals,
 * annotation values); comments are left to review.
 */
@MiranteClasses
class LegacyNamesTest {

    /** Where legacy names belong: the mapping reads them; the simulator plays the legacy systems. */
    private static final String[] LEGACY_SPEAKERS = {"com.mirante.gateway.mapping..", "com.mirante.simulator.."};

    private static final List<String> TABLES = List.of("cadastro.hotel", "reservas.reserva", "recepcao.hospedagem",
            "governanca.quarto", "faturamento.fatura", "faturamento.lancamento", "crm.hospede");

    private static final List<String> COLUMNS = List.of(
            "canal_origem", "cod_camareira", "cod_hotel", "cod_moeda", "cod_nivel_fidelidade", "cod_pais",
            "cod_servico", "cod_tarifa", "cod_tipo_apto", "cpf_cnpj_pagador", "des_email", "des_lancamento",
            "dh_alteracao", "dh_cadastro", "dh_cancelamento", "dh_checkin", "dh_checkout", "dh_fechamento",
            "dh_inclusao", "dh_lancamento", "dh_ult_limpeza", "dt_abertura", "dt_chegada", "dt_nascimento",
            "dt_partida", "dt_prev_checkout", "fl_aceita_marketing", "fl_ativo", "fl_estorno", "fl_garantida",
            "fl_interditado", "id_fatura", "id_hospedagem", "id_hospede", "id_lancamento", "id_reserva",
            "mot_cancelamento", "mot_interdicao", "nom_cidade", "nom_fuso", "nom_hospede", "nom_hotel",
            "nr_versao", "num_andar", "num_apto", "num_cpf", "num_fatura", "num_passaporte",
            "num_reserva", "num_telefone", "obs_reserva", "qtd_adultos", "qtd_aptos", "qtd_criancas",
            "qtd_hospedes", "qtd_lancamento", "sig_uf", "sit_fatura", "sit_hospedagem", "sit_limpeza",
            "sit_ocupacao", "sit_reserva", "usr_alteracao", "usr_inclusao", "usr_lancamento", "vlr_diaria",
            "vlr_lancamento", "vlr_pago", "vlr_total", "vlr_unitario");

    /** English words our code uses in its own sense: a schema or table name alone is not legacy then. */
    private static final Set<String> ALSO_ENGLISH = Set.of("hotel", "crm");

    /** Words of a text: split at anything but letters and digits, and between camel-case humps. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    @ArchTest
    static void no_class_outside_the_mapping_names_a_legacy_table_or_column(JavaClasses classes) {
        List<List<String>> legacyNames = legacyNames();
        List<String> violations = new ArrayList<>();
        for (JavaClass javaClass : classes.that(not(resideInAnyPackage(LEGACY_SPEAKERS)))) {
            for (String text : ConstantPool.texts(javaClass)) {
                List<String> words = words(text);
                legacyNames.stream().filter(name -> Collections.indexOfSubList(words, name) >= 0).findFirst()
                        .ifPresent(name -> violations.add(javaClass.getName() + ": \"" + text + "\" names "
                                + String.join("_", name)));
            }
        }
        assertThat(violations).as("legacy names outside the gateway's mapping").isEmpty();
    }

    /** The mapping reads every name of the contract, so the list above is the contract's and the check reads strings. */
    @ArchTest
    static void the_mapping_names_every_legacy_table_and_column(JavaClasses classes) {
        Set<String> mappingTexts = new TreeSet<>();
        classes.that(resideInAnyPackage("com.mirante.gateway.mapping.."))
                .forEach(javaClass -> mappingTexts.addAll(ConstantPool.texts(javaClass)));
        assertThat(mappingTexts).containsAll(TABLES).containsAll(COLUMNS);
    }

    /** Each legacy name as words: a column's parts, a schema's or table's name alone. */
    private static List<List<String>> legacyNames() {
        Stream<String> schemasAndTables = TABLES.stream().flatMap(table -> Arrays.stream(table.split("\\.")))
                .filter(name -> !ALSO_ENGLISH.contains(name));
        return Stream.concat(schemasAndTables, COLUMNS.stream()).distinct().map(LegacyNamesTest::words).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_BREAK.split(text)).filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }
}
