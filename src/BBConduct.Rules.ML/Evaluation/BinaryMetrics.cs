namespace BBConduct.Rules.ML.Evaluation;

/// <summary>AUC, F1 and macro-F1 over probabilities or decisions.</summary>
public static class BinaryMetrics
{
    /// <summary>Area under the ROC curve (the Mann-Whitney statistic, ties counted half).</summary>
    /// <param name="scores">One score per example.</param>
    /// <param name="labels">One label per example.</param>
    /// <returns>The AUC, or NaN when one class is missing.</returns>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        long positives = 0;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                j++;
            }

            var rank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += rank;
                    positives++;
                }
            }

            i = j;
        }

        long negatives = order.Length - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>F1 of the positive class, F1 of the negative class, their mean and the accuracy.</summary>
    /// <param name="predicted">Decisions.</param>
    /// <param name="labels">Gold labels.</param>
    /// <returns>The figures.</returns>
    public static (double F1, double NegativeF1, double MacroF1, double Accuracy) F1(IReadOnlyList<bool> predicted, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(labels);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            switch (predicted[i], labels[i])
            {
                case (true, true): tp++; break;
                case (true, false): fp++; break;
                case (false, true): fn++; break;
                default: tn++; break;
            }
        }

        static double F(int hit, int falseAlarm, int miss) => hit == 0 ? 0 : 2.0 * hit / ((2.0 * hit) + falseAlarm + miss);
        var positive = F(tp, fp, fn);
        var negative = F(tn, fn, fp);
        return (positive, negative, (positive + negative) / 2, labels.Count == 0 ? double.NaN : (tp + tn) / (double)labels.Count);
    }

    /// <summary>The threshold on <paramref name="scores"/> that maximises macro-F1 (scanning every distinct score).</summary>
    /// <param name="scores">Probabilities.</param>
    /// <param name="labels">Gold labels.</param>
    /// <returns>The threshold: flag when score ≥ threshold.</returns>
    public static double BestMacroF1Threshold(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var totalPositive = labels.Count(l => l);
        var totalNegative = labels.Count - totalPositive;
        int tp = 0, fp = 0;
        double best = -1, threshold = 0.5;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                if (labels[order[j]])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }

                j++;
            }

            int fn = totalPositive - tp, tn = totalNegative - fp;
            var positive = tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
            var negative = tn == 0 ? 0 : 2.0 * tn / ((2.0 * tn) + fn + fp);
            var macro = (positive + negative) / 2;
            if (macro > best)
            {
                best = macro;
                threshold = scores[order[i]];
            }

            i = j;
        }

        return threshold;
    }
}
