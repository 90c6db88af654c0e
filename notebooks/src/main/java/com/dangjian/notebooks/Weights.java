package com.dangjian.notebooks;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * The scorecard's three weights (rules.md "Overall score": 0.4 compliance, 0.3 engagement, 0.3 evaluation by
 * default). They need not add up to one: the overall score divides by the weights of the parts present.
 */
public record Weights(double compliance, double engagement, double evaluation) {

    public Weights {
        if (compliance < 0 || engagement < 0 || evaluation < 0 || compliance == 0) {
            throw new IllegalArgumentException("weights must be ≥ 0 and compliance > 0 (every scorecard has a compliance"
                    + " index; the other parts can be empty): " + compliance + ", " + engagement + ", " + evaluation);
        }
    }

    /** The weights of a rule catalogue (rules.yaml, scorecard.weights), as the night ranks with them. */
    static Weights of(RuleCatalogue catalogue) {
        return new Weights(catalogue.scorecardWeight("weights.compliance", 0.4),
                catalogue.scorecardWeight("weights.engagement", 0.3),
                catalogue.scorecardWeight("weights.evaluation", 0.3));
    }

    /**
     * The overall score of one scorecard, computed as the night computes it (same order of operations, so the
     * night's own weights give the night's own numbers); NaN stands for an empty part.
     */
    public double overall(double complianceIndex, double engagementIndex, double evaluationScore) {
        boolean e = !Double.isNaN(engagementIndex);
        boolean v = !Double.isNaN(evaluationScore);
        double num = complianceIndex * compliance + (e ? engagementIndex * engagement : 0.0) + (v ? evaluationScore * evaluation : 0.0);
        double den = compliance + (e ? engagement : 0.0) + (v ? evaluation : 0.0);
        return num / den;
    }
}
