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

    /// <summary>
    /// <see langword="false"/> only when <see cref="Detect"/> would find nothing, throw nothing and change nothing for
    /// <paramref name="context"/>, as far as the single matching pass tells (a lexicon with no hit); lets a rule whose
    /// words are all absent skip its detectors and their working lists. <see langword="true"/> is always safe.
    /// </summary>
    internal virtual bool MayFind(ScreeningContext context) => true;

    /// <summary>
    /// Whether <see cref="Detect"/> runs no caller-supplied code and has no effect beyond its output, so that skipping
    /// it is unobservable when a later condition cannot hold.
    /// </summary>
    internal virtual bool IsPure => false;

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
