package com.mirante.simulator.chain;

import java.util.List;
import java.util.Random;

/** Pools of made-up values: cities the chain is in, people's names, reasons and notes. */
final class Names {

    record City(String code, String name, String state, String zone) {
    }

    static final List<City> CITIES = List.of(
            new City("SPA", "Sao Paulo", "SP", "America/Sao_Paulo"),
            new City("RJC", "Rio de Janeiro", "RJ", "America/Sao_Paulo"),
            new City("MAO", "Manaus", "AM", "America/Manaus"),
            new City("SSA", "Salvador", "BA", "America/Bahia"),
            new City("REC", "Recife", "PE", "America/Recife"),
            new City("FOR", "Fortaleza", "CE", "America/Fortaleza"),
            new City("BEL", "Belem", "PA", "America/Belem"),
            new City("CGB", "Cuiaba", "MT", "America/Cuiaba"),
            new City("POA", "Porto Alegre", "RS", "America/Sao_Paulo"),
            new City("CWB", "Curitiba", "PR", "America/Sao_Paulo"),
            new City("FLN", "Florianopolis", "SC", "America/Sao_Paulo"),
            new City("CGR", "Campo Grande", "MS", "America/Campo_Grande"),
            new City("PVH", "Porto Velho", "RO", "America/Porto_Velho"),
            new City("RBR", "Rio Branco", "AC", "America/Rio_Branco"),
            new City("BVB", "Boa Vista", "RR", "America/Boa_Vista"),
            new City("MCZ", "Maceio", "AL", "America/Maceio"),
            new City("BHZ", "Belo Horizonte", "MG", "America/Sao_Paulo"),
            new City("BSB", "Brasilia", "DF", "America/Sao_Paulo"),
            new City("FEN", "Fernando de Noronha", "PE", "America/Noronha"),
            new City("ARU", "Araguaina", "TO", "America/Araguaina"));

    static final List<String> HOTEL_KINDS = List.of("Centro", "Praia", "Aeroporto", "Parque", "Avenida", "Porto");
    static final List<String> FIRST_NAMES = List.of("Ana", "Bruno", "Carla", "Diego", "Elisa", "Fabio", "Gisele",
            "Heitor", "Iara", "Joao", "Karina", "Lucas", "Marina", "Nelson", "Olivia", "Paulo", "Quiteria", "Rafael",
            "Sofia", "Tiago", "Ursula", "Vitor", "Wanda", "Yuri", "Zelia", "Emma", "Noah", "Liam", "Mia");
    static final List<String> LAST_NAMES = List.of("Almeida", "Barros", "Cardoso", "Dias", "Esteves", "Freitas",
            "Gomes", "Horta", "Izidoro", "Jardim", "Lacerda", "Moraes", "Nogueira", "Otoni", "Pacheco", "Queiroz",
            "Rezende", "Siqueira", "Teixeira", "Valadares", "Xavier", "Zanetti", "Smith", "Keller", "Rossi");
    static final List<String> CANCELLATION_REASONS = List.of("Cliente desistiu da viagem", "Mudanca de datas",
            "Encontrou tarifa menor", "Viagem de negocios cancelada", "Problema de saude", "Voo cancelado");
    static final List<String> OUT_OF_SERVICE_REASONS = List.of("Vazamento no banheiro",
            "Ar-condicionado sem funcionar", "Manutencao preventiva", "Troca de carpete", "Pintura",
            "Fechadura com defeito");
    static final List<String> NOTES = List.of("Chegada tarde", "Cama extra", "Andar alto, se possivel",
            "Aniversario de casamento", "Alergia a penas", "Berco no apto", "Transfer do aeroporto");
    static final List<String> COMPANIES = List.of("VALEX", "TECNO", "AGRIS", "BANCO", "LOGIX");

    private Names() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** A made-up CPF in its printed form (eleven digits; nobody's). */
    static String taxId(Random random) {
        return "%03d.%03d.%03d-%02d".formatted(random.nextInt(1000), random.nextInt(1000), random.nextInt(1000),
                random.nextInt(100));
    }

    /** A made-up CNPJ: fourteen digits, printed. */
    static String companyTaxId(Random random) {
        return "%02d.%03d.%03d/0001-%02d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(1000),
                random.nextInt(100));
    }
}
