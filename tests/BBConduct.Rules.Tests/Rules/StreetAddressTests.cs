using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>A home address shared in a public post, however it is capitalised, and the numbers of school life that are not addresses.</summary>
public sealed class StreetAddressTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("her house is 14 Meadow Lane, go and knock", "14 Meadow Lane")]
    [InlineData("thats his house, 22 elm road, the one with the red door", "22 elm road")]
    [InlineData("they're away so 3 mill lane is empty all week lol", "3 mill lane")]
    [InlineData("miss lives at 9 church street apparently", "9 church street")]
    public void A_street_address_in_any_case_is_personal_information(string text, string excerpt) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.PersonalInformation && f.Excerpt == excerpt);

    [Theory]
    [InlineData("It's a 2 minute walk from the school gates")]
    [InlineData("We walked 10 minutes down the road to the park")]
    [InlineData("My dad has a 4 wheel drive for the farm")]
    [InlineData("Year 7 school road safety talk today")]
    [InlineData("The number 8 bus lane is closed for roadworks")]
    public void Numbers_beside_road_words_in_everyday_posts_are_not_addresses(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.PersonalInformation);
}
