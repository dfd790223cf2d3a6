package fr.passerelle.engine.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Local demand for a target occupation compared with the current one, at the most local level where both have
 * figures ({@code level}: bassin d'emploi, département, région, France). {@code where} says it in plain words
 * ("au niveau national, faute de chiffre local"); {@code trust} is the share of the demand signal kept at that level
 * (1 in her employment area, less above).
 */
public record Demand(String level, String territory, Integer year, Double offers, Double jobSeekers,
                     Double offersPerJobSeeker, Double currentOffersPerJobSeeker, Double gainPercent, Integer tension,
                     Integer offersInDepartement, String departement, LocalDate offersDate, BigDecimal bmoDifficultyPercent,
                     Integer bmoYear, boolean betterMarket, String where, double trust) {
}
