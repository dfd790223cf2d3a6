package fr.passerelle.domain.training;

/** How precise a training date is: LHEO writes a month-only date as AAAAMM00 and a year-only one as AAAA0000. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
