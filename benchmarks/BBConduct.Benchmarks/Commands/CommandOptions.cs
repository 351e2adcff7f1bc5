using System.Globalization;

namespace BBConduct.Benchmarks.Commands;

/// <summary><c>--name value</c> options of the helper commands.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'; options are --name value.");
            }

            options._values[args[i][2..]] = args[++i];
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        _values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
