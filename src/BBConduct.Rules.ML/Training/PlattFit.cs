namespace BBConduct.Rules.ML.Training;

/// <summary>
/// Fits Platt's sigmoid <c>p = 1 / (1 + exp(A·s + B))</c> to weighted scores by Newton's method on the log loss
/// (Platt 1999, with Lin, Lin and Weng's 2007 target smoothing). ML.NET then applies the fitted A and B.
/// </summary>
internal static class PlattFit
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, IReadOnlyList<float> weights)
    {
        double positives = 0, negatives = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i])
            {
                positives += weights[i];
            }
            else
            {
                negatives += weights[i];
            }
        }

        var hi = (positives + 1) / (positives + 2);
        var lo = 1 / (negatives + 2);
        double a = 0, b = Math.Log((negatives + 1) / (positives + 1));
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double g1 = 0, g2 = 0, h11 = 1e-12, h22 = 1e-12, h21 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var f = (scores[i] * a) + b;
                var p = f >= 0 ? Math.Exp(-f) / (1 + Math.Exp(-f)) : 1 / (1 + Math.Exp(f));
                var d2 = p * (1 - p) * weights[i];
                var d1 = (t - p) * weights[i];
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            a += da;
            b += db;
            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }
}
