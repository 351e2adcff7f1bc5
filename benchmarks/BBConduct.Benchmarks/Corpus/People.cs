using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;

namespace BBConduct.Benchmarks.Corpus;

/// <summary>Synthetic people registries of a chosen size, and posts that mention some of the people.</summary>
internal static class People
{
    private static readonly string[] FirstNames =
    [
        "Helen", "James", "Amara", "Tomasz", "Priya", "Owen", "Grace", "Kwame", "Sofia", "Liam", "Aisha", "Noah", "Chloe", "Ravi",
        "Emma", "Jack", "Zara", "Ethan", "Maya", "Leo", "Hannah", "Yusuf", "Isla", "Oscar", "Freya", "Arjun", "Ella", "Dylan",
    ];

    private static readonly string[] Surnames =
    [
        "Carter", "Okafor", "Nowak", "Patel", "Hughes", "Mensah", "Rossi", "Walsh", "Khan", "Evans", "Singh", "Morgan", "Brooks",
        "Adeyemi", "Fletcher", "Kowalski", "Ahmed", "Turner", "Baker", "Lloyd", "Price", "Shah", "Webb", "Doyle", "Murphy", "Clarke",
    ];

    /// <summary>A registry of <paramref name="count"/> people: a third staff, a few partners, the rest students.</summary>
    public static PeopleRegistry Registry(int count) => PeopleRegistry.From(Persons(count));

    /// <summary>Posts of exactly <paramref name="length"/> characters; every fifth starts by naming someone in the registry.</summary>
    public static string[] Posts(int registrySize, int length, int count)
    {
        var people = Persons(registrySize);
        var posts = PostCorpus.Build(length, count, PostKind.Mixed, seed: 5);
        var random = new Random(17);
        for (var i = 0; i < posts.Length; i += 5)
        {
            var person = people[random.Next(people.Count)];
            var name = person.Role == Role.Staff ? $"Mrs {person.Name.Split(' ')[^1]}" : person.Name;
            var mention = $"Well done {name}! ";
            posts[i] = (mention + posts[i])[..length];
        }

        return posts;
    }

    private static List<RegisteredPerson> Persons(int count)
    {
        var people = new List<RegisteredPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var surname = Surnames[i / FirstNames.Length % Surnames.Length];
            // Past 728 distinct pairs, a double-barrelled surname keeps names unique (up to 18,928 people).
            var cycle = i / (FirstNames.Length * Surnames.Length);
            var last = cycle == 0 ? surname : $"{surname}-{Surnames[cycle % Surnames.Length]}";
            var role = (i % 10) switch
            {
                < 3 => Role.Staff,
                3 => Role.Partner,
                _ => Role.Student,
            };
            var aliases = role == Role.Staff && i % 7 == 0 ? new[] { $"{first[0]}. {last}" } : [];
            people.Add(new RegisteredPerson($"{first} {last}", aliases, role, Consent: i % 2 == 0));
        }

        return people;
    }
}
