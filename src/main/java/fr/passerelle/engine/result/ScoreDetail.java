package fr.passerelle.engine.result;

import fr.passerelle.engine.rules.RankingWeights;

/** The three components of an occupation's score (each 0..1) and the weights that combined them. */
public record ScoreDetail(double proximity, double demand, double effort, RankingWeights weights) {
}
