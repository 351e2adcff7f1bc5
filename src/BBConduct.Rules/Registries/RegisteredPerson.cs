using BBConduct.Rules.Posts;

namespace BBConduct.Rules.Registries;

/// <summary>A member of staff, partner organisation or student from the School's records.</summary>
/// <param name="Name">The full name, as the School writes it.</param>
/// <param name="Aliases">Other ways the person is written: titles, short forms, roles such as "the headteacher".</param>
/// <param name="Role">Staff, partner, student or other.</param>
/// <param name="Consent">Whether the person's express consent to be referenced is on record (policy 1.2).</param>
public sealed record RegisteredPerson(string Name, IReadOnlyList<string> Aliases, Role Role, bool Consent)
{
    /// <summary>Every phrase that refers to this person: the name, the aliases and derived title forms ("Mrs Carter").</summary>
    internal IReadOnlyList<string> Names { get; init; } = [Name, .. Aliases];
}
