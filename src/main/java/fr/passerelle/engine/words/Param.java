package fr.passerelle.engine.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One typed parameter of a {@link Message}: the renderer formats it per language (a number is {@code 13 120} in French
 * and {@code 13,120} in English), and the JSON gives its type and plain value. Codes and labels come from the data
 * (a ROME code, an occupation's or a commune's name) and are never translated.
 */
public sealed interface Param {

    /** The type as the JSON names it ({@code number}, {@code date}, ...). */
    String type();

    /** A count or a whole figure: {@code 13 120} / {@code 13,120}. */
    record Number(long value) implements Param {
        public String type() {
            return "number";
        }
    }

    /** A decimal exactly as given (its scale is kept): {@code 0,85} / {@code 0.85}. */
    record Decimal(BigDecimal value) implements Param {
        public Decimal {
            Objects.requireNonNull(value);
        }

        public String type() {
            return "decimal";
        }
    }

    /** A percentage rounded to the unit, with a "+" when {@code plus}: {@code +307 %} / {@code +307%}. */
    record Percent(double value, boolean plus) implements Param {
        public String type() {
            return "percent";
        }
    }

    /** An amount in cents: {@code 4 600 €} / {@code €4,600}. */
    record Money(long cents) implements Param {
        public String type() {
            return "money";
        }
    }

    /** A straight-line distance in whole kilometres: {@code 30 km}. */
    record Km(long value) implements Param {
        public String type() {
            return "km";
        }
    }

    /** A length of training in hours: {@code 1 200 h} / {@code 1,200 h}. */
    record Hours(long value) implements Param {
        public String type() {
            return "hours";
        }
    }

    /** A year, never grouped: {@code 2021}. */
    record Year(int value) implements Param {
        public String type() {
            return "year";
        }
    }

    /** A day: {@code 1er décembre 2026} / {@code 1 December 2026}; null reads "date inconnue" / "unknown date". */
    record Date(LocalDate value) implements Param {
        public String type() {
            return "date";
        }
    }

    /** A code of a referential (ROME, INSEE, département): printed as is. */
    record Code(String value) implements Param {
        public String type() {
            return "code";
        }
    }

    /** A text from the data (an occupation's name, a ROME sentence, a diploma): printed as is, in its own language. */
    record Label(String value) implements Param {
        public String type() {
            return "label";
        }
    }

    /** A level of the national framework (2..8), named in the reader's language ({@code level.N} in the bundle). */
    record Level(int framework) implements Param {
        public String type() {
            return "level";
        }
    }

    /** A part of the sentence that is itself a message (a place, a clause), rendered in the same language. */
    record Nested(Message message) implements Param {
        public Nested {
            Objects.requireNonNull(message);
        }

        public String type() {
            return "message";
        }
    }

    /** Several clauses joined by the language's list separator ({@code " ; "} in French, {@code "; "} in English). */
    record Joined(List<Message> messages) implements Param {
        public Joined {
            messages = List.copyOf(messages);
        }

        public String type() {
            return "messages";
        }
    }

    static Param number(long value) {
        return new Number(value);
    }

    static Param decimal(BigDecimal value) {
        return new Decimal(value);
    }

    static Param percent(double value) {
        return new Percent(value, false);
    }

    static Param signedPercent(double value) {
        return new Percent(value, value >= 0);
    }

    static Param money(long cents) {
        return new Money(cents);
    }

    static Param km(long km) {
        return new Km(km);
    }

    static Param hours(long hours) {
        return new Hours(hours);
    }

    static Param year(int year) {
        return new Year(year);
    }

    static Param date(LocalDate date) {
        return new Date(date);
    }

    static Param code(String code) {
        return new Code(code);
    }

    static Param label(String text) {
        return new Label(text);
    }

    static Param level(int framework) {
        return new Level(framework);
    }

    static Param of(Message message) {
        return new Nested(message);
    }

    static Param joined(List<Message> messages) {
        return new Joined(messages);
    }
}
