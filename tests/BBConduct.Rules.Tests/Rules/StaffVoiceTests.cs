using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>
/// A message exported without its recipients, written by someone who signs off or speaks as staff, is read as an adult
/// writing to a pupil for the grooming cues no notice holds; a trip or club notice signed by a teacher is not.
/// </summary>
public sealed class StaffVoiceTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("Hey it's your form tutor. Don't tell the others I gave you extra time on the test")]
    [InlineData("Well done on the mock. You can always come to my house if things are hard at home, just the two of us. Mr Okafor")]
    [InlineData("You're so mature for your age, not like a student at all - Miss Reid")]
    [InlineData("Pop in after lights out, room 12, we can go over your grades. Mr Tate")]
    public void Secrecy_private_meetings_and_personal_remarks_signed_by_staff_are_grooming_cues(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.RuleId == "safeguarding.grooming-cue");

    [Theory]
    [InlineData("Year 9 trip: meet me at the coach at 8am sharp, bring a packed lunch. Mr Jones")]
    [InlineData("Great match today everyone! Text me if you can't make Saturday. Miss Patel")]
    [InlineData("Sorry I was off today, there's cover work in my classroom for period 2. Mr Dale")]
    [InlineData("Can't wait to meet up at the reunion - thanks Mr Jones")]
    public void A_notice_signed_by_a_teacher_is_not_a_grooming_cue(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Safeguarding);

    [Fact]
    public void Meeting_up_signed_by_staff_is_a_cue_in_a_direct_message()
    {
        var post = new Post("Meet me at the park on Saturday and we can chat. Mr Jones") { Channel = Channel.Direct };

        Assert.Contains(Screener.Screen(post).Findings, f => f.RuleId == "safeguarding.grooming-cue");
    }

    [Fact]
    public void A_message_to_named_adults_is_not_read_as_to_a_pupil()
    {
        var post = new Post("Don't tell the others yet, it's a surprise party for the head. Mr Jones")
        {
            Author = new Person("Mr Jones", Role.Staff),
            Recipients = [new Person("Mrs Khan", Role.Staff)],
        };

        Assert.DoesNotContain(Screener.Screen(post).Findings, f => f.RuleId == "safeguarding.grooming-cue");
    }

    [Fact]
    public void A_titled_name_that_does_not_end_the_message_is_not_a_sign_off()
    {
        const string Text = "Mr Jones said we can stay at mine after the match";

        Assert.DoesNotContain(Screener.Screen(Text).Findings, f => f.RuleId == "safeguarding.grooming-cue");
    }
}
