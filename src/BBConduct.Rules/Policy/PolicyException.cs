namespace BBConduct.Rules.Policy;

/// <summary>A policy file or registry could not be used. The message names the source, line and property, never post content.</summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PolicyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a located problem.</summary>
    /// <param name="source">The file name or other description of the source.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="property">The JSON path or column name, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PolicyException(string source, int line, string? property, string problem, Exception? innerException = null)
        : base(Format(source, line, property, problem), innerException)
    {
        Source = source;
        Line = line;
        Property = property;
    }

    /// <summary>The 1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The JSON path or column of the problem, if known.</summary>
    public string? Property { get; }

    private static string Format(string source, int line, string? property, string problem)
    {
        var where = line > 0 ? $"{source}({line})" : source;
        return property is null ? $"{where}: {problem}" : $"{where}: {property}: {problem}";
    }
}
