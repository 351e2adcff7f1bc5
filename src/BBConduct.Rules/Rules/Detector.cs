using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules;

/// <summary>
/// Finds evidence in a post. Detectors are small and composable (<see cref="Detect"/> has the factories and
/// combinators); a <see cref="PolicyRule"/> turns a detector's evidence into findings.
/// </summary>
/// <remarks>Detectors are immutable once bound and are called from many threads at once.</remarks>
public abstract class Detector
{
    /// <summary>Appends the evidence found in <paramref name="context"/> to <paramref name="output"/>.</summary>
    /// <param name="context">The post being screened and what the engine already knows about it.</param>
    /// <param name="output">Where to append evidence.</param>
    public abstract void Detect(ScreeningContext context, List<Signal> output);

    /// <summary>Resolves lexicon names and other references against the compiled policy; called once by the builder.</summary>
    /// <param name="binder">Resolves names; reports unknown ones as build errors.</param>
    protected internal virtual void Bind(DetectorBinder binder)
    {
    }

    /// <summary>Whether the detector finds anything in <paramref name="context"/>.</summary>
    /// <param name="context">The post being screened.</param>
    /// <returns><see langword="true"/> when at least one signal was found.</returns>
    public bool Any(ScreeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = context.RentSignals();
        try
        {
            Detect(context, list);
            return list.Count > 0;
        }
        finally
        {
            context.ReturnSignals(list);
        }
    }
}
