namespace BBConduct.Benchmarks.Commands;

/// <summary>Draws throughput against lexicon size (both axes logarithmic) for the project and the baselines.</summary>
internal static class LexiconChart
{
    public static void Save(string path, IReadOnlyList<BenchmarkResult> lexicon)
    {
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var methods = lexicon.Select(r => r.Method).Distinct().ToList();
        for (var m = 0; m < methods.Count; m++)
        {
            var points = lexicon
                .Where(r => r.Method == methods[m] && r.MegabytesPerSecond is > 0)
                .OrderBy(r => int.Parse(r.Parameter("Terms"), System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var xs = points.Select(r => Math.Log10(double.Parse(r.Parameter("Terms"), System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            var ys = points.Select(r => Math.Log10(r.MegabytesPerSecond!.Value)).ToArray();
            var line = plot.Add.Scatter(xs, ys, palette.GetColor(m));
            line.LegendText = Label(methods[m]);
            line.LineWidth = methods[m] is "PhraseMatcher" or "Screener_all_rules" ? 3 : 1.5f;
            line.MarkerSize = 8;
        }

        var goal = plot.Add.HorizontalLine(Math.Log10(100));
        goal.LinePattern = ScottPlot.LinePattern.Dashed;
        goal.Color = ScottPlot.Colors.Gray;
        goal.LegendText = "100 MB/s bar (whole engine)";

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [2, 3, 4],
            ["100", "1,000", "10,000"]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = y => FormatMegabytes(Math.Pow(10, y)),
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
        };
        plot.Axes.SetLimitsX(1.9, 4.1);
        plot.Title("Throughput vs lexicon size (200-character posts, one core)");
        plot.XLabel("terms in the lexicon");
        plot.YLabel("MB/s (log scale)");
        plot.ShowLegend(ScottPlot.Edge.Right);
        plot.SavePng(path, 1000, 560);
    }

    private static string Label(string method) => method switch
    {
        "PhraseMatcher" => "BBConduct PhraseMatcher",
        "Screener_all_rules" => "BBConduct screener, every rule",
        "Contains_loop" => "string.Contains per term",
        "Regex_alternation" => "compiled Regex alternation",
        "SearchValues_whole_word" => "SearchValues<string> + whole word",
        "RulesEngine" => "Microsoft RulesEngine",
        _ => method,
    };

    private static string FormatMegabytes(double value) => value switch
    {
        >= 1 => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
    };
}
