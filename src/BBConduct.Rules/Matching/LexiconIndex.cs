using BBConduct.Rules.Policy;

namespace BBConduct.Rules.Matching;

/// <summary>Numbers the lexicons of a compiled policy so hits can name theirs cheaply.</summary>
internal sealed class LexiconIndex
{
    private readonly List<(string Name, LexiconDefinition Definition)> _lexicons = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _lexicons.Count;

    public LexiconDefinition this[int id] => _lexicons[id].Definition;

    public string NameOf(int id) => _lexicons[id].Name;

    public int Add(string name, LexiconDefinition definition)
    {
        if (_ids.TryGetValue(name, out var existing))
        {
            return existing;
        }

        _lexicons.Add((name, definition));
        _ids[name] = _lexicons.Count - 1;
        return _lexicons.Count - 1;
    }

    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);
}
