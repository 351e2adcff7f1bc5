using System.Text;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;

namespace BBConduct.Rules.Registries;

/// <summary>
/// The staff, partners and students whose names the engine recognises, with their consent to be referenced.
/// Loaded from the CSV a School exports (columns <c>name,aliases,role,consent</c> in any order). Immutable.
/// </summary>
public sealed class PeopleRegistry
{
    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"];
    private readonly RegisteredPerson[] _people;

    private PeopleRegistry(RegisteredPerson[] people) => _people = people;

    /// <summary>A registry with nobody in it.</summary>
    public static PeopleRegistry Empty { get; } = new([]);

    /// <summary>The number of people.</summary>
    public int Count => _people.Length;

    /// <summary>The person at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public RegisteredPerson this[int index] => _people[index];

    /// <summary>Builds a registry from people, adding title forms ("Mrs Carter") for staff that no one else already uses.</summary>
    /// <param name="people">The people.</param>
    /// <returns>The registry.</returns>
    public static PeopleRegistry From(IEnumerable<RegisteredPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var list = people.ToArray();
        var explicitNames = new HashSet<string>(list.SelectMany(p => (IEnumerable<string>)[p.Name, .. p.Aliases]), StringComparer.OrdinalIgnoreCase);
        var result = new RegisteredPerson[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var person = list[i];
            var names = new List<string> { person.Name };
            names.AddRange(person.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)));
            if (person.Role == Role.Staff)
            {
                var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && !Titles.Contains(parts[0].TrimEnd('.'), StringComparer.OrdinalIgnoreCase))
                {
                    foreach (var title in Titles)
                    {
                        var form = $"{title} {parts[^1]}";
                        if (!explicitNames.Contains(form))
                        {
                            names.Add(form);
                        }
                    }
                }
            }

            result[i] = person with { Names = names };
        }

        return new PeopleRegistry(result);
    }

    /// <summary>Reads the registry CSV. UTF-8 with or without a BOM; header row required.</summary>
    /// <param name="csv">The CSV stream; read, not closed.</param>
    /// <param name="sourceName">The file name, used in error messages.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="PolicyException">A missing column, an unknown role or consent value; the message names file, line and column.</exception>
    public static PeopleRegistry Load(Stream csv, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var text = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var reader = new CsvRecordReader(text, sourceName);
        var header = reader.Read() ?? throw new PolicyException(sourceName, 1, null, "the file is empty; a header row name,aliases,role,consent is required.");
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name, bool required)
        {
            var index = columns.IndexOf(name);
            if (index < 0 && required)
            {
                throw new PolicyException(sourceName, 1, name, $"the header has no '{name}' column.");
            }

            return index;
        }

        var nameColumn = Column("name", required: true);
        var aliasColumn = Column("aliases", required: false);
        var roleColumn = Column("role", required: true);
        var consentColumn = Column("consent", required: false);
        var people = new List<RegisteredPerson>();
        while (reader.Read() is { } record)
        {
            if (record.Count == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            string Field(int index, string column)
            {
                if (index < 0)
                {
                    return string.Empty;
                }

                return index < record.Count
                    ? record[index].Trim()
                    : throw new PolicyException(sourceName, reader.RecordLine, column, $"the record has {record.Count} fields; the '{column}' column is missing.");
            }

            var name = Field(nameColumn, "name");
            if (name.Length == 0)
            {
                throw new PolicyException(sourceName, reader.RecordLine, "name", "the name is empty.");
            }

            var aliases = Field(aliasColumn, "aliases").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var roleText = Field(roleColumn, "role");
            var role = roleText.ToLowerInvariant() switch
            {
                "staff" => Role.Staff,
                "partner" => Role.Partner,
                "student" => Role.Student,
                "parent" => Role.Parent,
                "other" or "" => Role.Other,
                _ => throw new PolicyException(sourceName, reader.RecordLine, "role", $"'{roleText}' is not a role; use staff, partner, student or other."),
            };
            var consentText = Field(consentColumn, "consent");
            var consent = consentText.ToLowerInvariant() switch
            {
                "true" or "yes" or "y" or "1" => true,
                "false" or "no" or "n" or "0" or "" => false,
                _ => throw new PolicyException(sourceName, reader.RecordLine, "consent", $"'{consentText}' is not a consent value; use true, false, yes, no or leave it empty."),
            };
            people.Add(new RegisteredPerson(name, aliases, role, consent));
        }

        return From(people);
    }
}
