namespace BBConduct.Rules.ML.Evaluation;

/// <summary>The whole engine's figures on the model card's sets (<see cref="ModelEvaluation.RunScreener"/>), beside the rules alone.</summary>
/// <param name="WithClassifier">The rules with the classifier's rule.</param>
/// <param name="RulesOnly">The same rules without it.</param>
/// <param name="Configuration">A sentence saying how the classifier's rule was configured (thresholds), for the card.</param>
public sealed record EngineReport(EvaluationReport WithClassifier, EvaluationReport RulesOnly, string Configuration);
