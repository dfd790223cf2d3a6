package fr.passerelle.funding.rules;

/**
 * A value of a parameter or scale as used on a date, with the period it comes from. {@code carriedOver} is true when
 * no period covers the date and the latest earlier value is used (an amount revalued every year whose new value is
 * not in the rules yet): the answer says so rather than inventing a figure.
 */
public record Dated<T>(T value, Period<T> period, boolean carriedOver) {
}
