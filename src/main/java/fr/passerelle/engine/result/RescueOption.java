package fr.passerelle.engine.result;

/** An alternative when too little is found: what to widen, and what it would bring (counts). */
public record RescueOption(String kind, String description, int occupations, int trainings, int companies) {
}
