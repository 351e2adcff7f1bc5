namespace BBConduct.Benchmarks.Corpus;

/// <summary>Which posts a corpus holds.</summary>
public enum PostKind
{
    /// <summary>Texts as they come in the data sets: mostly offensive tweets, some ordinary comments.</summary>
    Mixed,

    /// <summary>Posts the default policy finds nothing in.</summary>
    Clean,

    /// <summary>Posts with at least one finding.</summary>
    Dirty,
}
