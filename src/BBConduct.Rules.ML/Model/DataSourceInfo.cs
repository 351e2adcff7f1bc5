namespace BBConduct.Rules.ML.Model;

/// <summary>A training file: its name, its SHA-256 and how many labelled rows it gave.</summary>
/// <param name="Name">The source name used by the split (for example <c>davidson</c>).</param>
/// <param name="File">The file name.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the file.</param>
/// <param name="Rows">The labelled rows read.</param>
/// <param name="Licence">The licence of the data.</param>
public sealed record DataSourceInfo(string Name, string File, string Sha256, int Rows, string Licence);
