namespace BBConduct.Cli.Input;

/// <summary>The header names given with <c>--text-column</c>, <c>--id-column</c>…; <see langword="null"/> means guess from common names.</summary>
internal sealed record CsvColumns
{
    public string? Text { get; init; }

    public string? Id { get; init; }

    public string? Author { get; init; }

    public string? Role { get; init; }

    public string? Channel { get; init; }

    public string? Date { get; init; }

    public string? Url { get; init; }

    public string? Attachments { get; init; }
}
