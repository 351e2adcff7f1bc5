using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>Whole-word matching: rude substrings inside place names and ordinary words are never flagged.</summary>
public sealed class PhraseMatcherTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("Away match at Scunthorpe on Saturday")]
    [InlineData("The train to Penistone was late")]
    [InlineData("Trip to Sussex and Essex next week")]
    [InlineData("Cockermouth field centre was brilliant")]
    [InlineData("Our Year 9 play is Dick Whittington")]
    [InlineData("Hancock Road is closed for the fun run")]
    [InlineData("The assessment covers class work, the cocktail party scene and shiitake mushrooms")]
    [InlineData("Our therapist visits on Tuesdays; the assassin in Macbeth; press the button; a mishit volley")]
    [InlineData("Two blue tits and a great tit on the feeder")]
    [InlineData("Niger is a country in West Africa")]
    [InlineData("Faggots and peas for tea, proper Black Country food")]
    [InlineData("The curry in the canteen was really spicy today, so add fewer spices")]
    [InlineData("Attendance spiked in the spring term and the hedgehog is spiky")]
    [InlineData("She spiked the ball over the net to win the set")]
    [InlineData("Year 8 enjoyed the japes at the Christmas show, glasses chinking")]
    [InlineData("The retarding force in the physics experiment was friction")]
    [InlineData("The shaggy dog won best in show and the audience began to titter")]
    [InlineData("He was a bit cocky after scoring twice; she was cocking her head to listen")]
    [InlineData("I was fagged out after the cross-country")]
    [InlineData("Beef jerky at the tuck shop, a Tudor leather jerkin and the coxed four at the regatta")]
    [InlineData("Fagin is the villain in Oliver Twist")]
    [InlineData("Pupils were assessed on their speed and stamina")]
    [InlineData("Year 9 rapped their poems in English")]
    [InlineData("Professor Brian Cox visited; we read Mark Twain; the glass will shatter if dropped")]
    [InlineData("Shh, the exam has started. Well done to Molly in Year 8 for her art prize")]
    [InlineData("He was faking an injury in PE; the photos were faked")]
    [InlineData("Fakes and forgeries in art history, and a faker in the school play")]
    [InlineData("The knee jerks when tapped; the bus jerked to a stop")]
    [InlineData("Sorry, a bit of a boob in the newsletter: the trip is on Friday. Booby prize for the last team home")]
    [InlineData("Jerk chicken in the canteen today; avoid knee-jerk choices about your options")]
    [InlineData("A cock pheasant on the field, a cock and bull story about homework and a shag pile rug in Textiles")]
    [InlineData("To be blunt, a blunt chisel is more dangerous than a sharp one. We were hammered by the rain")]
    [InlineData("Year 9 studied the bloody end of the Jacobites and Bloody Mary; drop-dead gorgeous costumes at the fashion show")]
    [InlineData("Pirate day raised 200 pounds; bearded tits at the RSPB reserve; a model of the Fokker triplane")]
    [InlineData("Roasting marshmallows at the Year 7 camp. It's roasting today, so bring water")]
    [InlineData("Prick the potatoes with a fork before baking; a pin prick of light in the planetarium")]
    [InlineData("Polly Wants a Cracker, the Year 7 play, opens on Friday")]
    [InlineData("Sh! The exam has started. Burns Night: we twa hae run about the braes")]
    [InlineData("The most popular cat was the Maine Coon; GCSE Geology: how igneous dykes and sills form")]
    [InlineData("Our green-fingered volunteers were groping in the dark when the power cut hit")]
    [InlineData("The Israelites were freed from bondage; she graduated summa cum laude; your fingers go wrinkly in the pool")]
    [InlineData("Prize for the ugliest Christmas jumper! Use paint stripper with care; stoned cherries for Food Tech")]
    [InlineData("A seagull stole a chip on the Year 7 trip, and my dog stole a whole loaf off the counter")]
    [InlineData("In RE we read about Balaam and his talking ass; in English, Dickens wrote that the law is an ass")]
    public void Place_names_and_ordinary_words_are_not_flagged(string text)
    {
        Assert.Empty(Screener.Screen(text).Findings);
    }

    [Theory]
    [InlineData("everyone start roasting him in the group chat", "roasting")]
    [InlineData("we're roasting her again tomorrow lol", "roasting")]
    [InlineData("you prick", "you prick")]
    [InlineData("shut up you dyke", "you dyke")]
    [InlineData("you're a talking ass hole", "ass hole")]
    public void The_words_of_the_allowed_phrases_still_report_abuse(string text, string excerpt)
    {
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category is Category.Harassment or Category.Profanity && f.Excerpt == excerpt);
    }

    [Theory]
    [InlineData("this homework is killing me")]
    [InlineData("we smashed the final")]
    [InlineData("I'm dying to see it")]
    [InlineData("I could murder a pizza after that exam")]
    [InlineData("Have a stab at question 4")]
    [InlineData("Knife crime awareness assembly for Year 9 boys today, thanks to West Midlands Police")]
    [InlineData("The police talked to Year 11 about knife crime and gangs")]
    public void Idioms_are_not_threats(string text)
    {
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category is Category.Threat or Category.Wellbeing);
    }

    [Theory]
    [InlineData("Happy Pride month to all our students")]
    [InlineData("Eid Mubarak to everyone celebrating")]
    [InlineData("Disability awareness week starts Monday")]
    [InlineData("Black History Month assembly on Friday")]
    [InlineData("Sex education evening for parents in the hall")]
    [InlineData("Wear pink for breast cancer awareness")]
    public void Identity_terms_used_respectfully_are_not_flagged(string text)
    {
        Assert.Empty(Screener.Screen(text).Findings);
    }

    [Theory]
    [InlineData("what a fucking mess", "fucking")]
    [InlineData("shitty behaviour", "shitty")]
    [InlineData("you absolute fuuuuuck", "fuuuuuck")]
    [InlineData("stop being a f**king idiot", "f**king")]
    [InlineData("what the f@king hell", "f@king")]
    [InlineData("stop f4kin about", "f4kin")]
    public void Inflected_repeated_and_masked_swearing_is_found(string text, string excerpt)
    {
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Profanity && f.Excerpt == excerpt);
    }

    [Fact]
    public void A_masked_word_of_exactly_the_longest_indexed_length_does_not_throw()
    {
        // Found by ScreeningProperties: a masked word 33 characters long indexed past the candidate table.
        var result = Screener.Screen("a" + new string('*', 31) + "b c");

        Assert.Null(result.Error);
    }

    [Fact]
    public void A_doubled_letter_in_a_term_is_required_in_the_text()
    {
        Assert.Empty(Screener.Screen("as good as it gets").Findings);
    }
}
