using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>What is said of a protected group: negated praise, pronouns that refer back, reporting frames and reclaimed words.</summary>
public sealed class GroupStatementTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    private static IReadOnlyList<Finding> Findings(string text) => Screener.Screen(text).Findings;

    [Theory]
    [InlineData("Disabled people are not capable of anything.")]
    [InlineData("i don't respect women at all")]
    [InlineData("There is nothing good about refugees.")]
    [InlineData("No immigrant has ever contributed to this town.")]
    [InlineData("Muslims aren't honest.")]
    [InlineData("I've never met a deaf person who was talented.")]
    [InlineData("A good Muslim doesn't exist.")]
    [InlineData("Refugees are not part of our society.")]
    public void Praise_denied_to_a_group_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.RuleId == "equality.negated-praise" && f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I don't think gay people are normal.")]
    [InlineData("Black people are not people.")]
    public void A_denied_good_quality_of_a_group_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I don't think black people are dangerous.")]
    [InlineData("I would never say that women are inferior.")]
    [InlineData("I've never met a gay person who was lazy.")]
    public void A_denied_slur_on_a_group_is_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("No wonder immigrants are criminals.")]
    [InlineData("Don't you think women are too emotional?")]
    [InlineData("I'm just saying Muslims are vermin.")]
    [InlineData("Wouldn't you say immigrants are parasites?")]
    [InlineData("Am I wrong to think Muslims are an abomination?")]
    public void A_negative_idiom_that_asserts_the_claim_does_not_deny_it(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I dislike women.")]
    [InlineData("Immigrants ruin everything they touch.")]
    [InlineData("I've had enough of Muslims.")]
    [InlineData("Honestly gay people get on my nerves.")]
    [InlineData("I can't tolerate disabled people.")]
    [InlineData("Immigrants are people who deserve nothing.")]
    [InlineData("We should hate all immigrants.")]
    public void A_plain_dislike_of_a_group_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Women are brilliant engineers.")]
    [InlineData("Refugees are welcome here.")]
    [InlineData("Women are still not equal in pay.")]
    [InlineData("I don't want women to feel unsafe walking home.")]
    [InlineData("Hostility towards disabled people is a hate crime.")]
    [InlineData("Anti-Asian hate rose sharply during the pandemic.")]
    [InlineData("Muslim hate crime is under-reported, so please tell us.")]
    public void Praise_or_a_wrong_done_to_a_group_is_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Fact]
    public void A_pronoun_after_a_named_group_carries_the_demeaning_words_with_the_span_on_them()
    {
        const string Text = "Some refugees moved in near us. They are vermin.";

        var finding = Assert.Single(Findings(Text), f => f.RuleId == "equality.generalisation-by-reference");

        Assert.True(finding.Start >= Text.IndexOf("They", StringComparison.Ordinal), "the span is on the second sentence");
        Assert.Equal(Category.EqualityOffence, finding.Category);
    }

    [Theory]
    [InlineData("They are vermin.")]
    [InlineData("The rats got into the bins again. They are vermin.")]
    public void A_pronoun_with_no_group_named_before_it_is_not_an_equality_offence(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Calling immigrants vermin is disgusting behaviour.")]
    [InlineData("Stop saying Muslims are terrorists.")]
    [InlineData("Never say immigrants are vermin, it's vile.")]
    [InlineData("Don't call disabled people useless.")]
    [InlineData("When you said black people are animals, I lost all respect for you.")]
    [InlineData("It's a myth that immigrants are lazy.")]
    [InlineData("There is no evidence that Muslims are more violent.")]
    [InlineData("I lost all respect for him when he said Muslims are vermin.")]
    [InlineData("My uncle thinks immigrants are parasites.")]
    [InlineData("Stop pretending refugees are criminals.")]
    public void A_reporting_frame_before_the_hate_cancels_it(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("As a woman in a male-dominated apprenticeship, I'm so tired of being asked if I'm lost.")]
    [InlineData("I'm autistic and I love my brain, it just hates the fire alarm.")]
    [InlineData("We Muslims are sick of being asked about it.")]
    public void The_writer_naming_their_own_group_is_not_demeaning_it(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("As a woman I think trans women are disgusting.")]
    [InlineData("Being gay is a sickness.")]
    public void Another_group_or_the_group_itself_judged_is_still_demeaned(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("A woman's place is in the kitchen.")]
    [InlineData("The world would be a better place without gay people.")]
    [InlineData("No sane person would date a trans woman.")]
    [InlineData("Muslims can't be trusted with power.")]
    [InlineData("Immigrants belong back where they came from.")]
    public void Implicit_derogation_of_a_named_group_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("The world would be a better place without plastic straws.")]
    [InlineData("No sane person would revise the night before an exam.")]
    [InlineData("Her place is in the kitchen tonight, baking for the summer fair.")]
    public void The_same_shapes_with_no_group_named_are_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Every refugee is vermin.")]
    [InlineData("Polish builders are vermin.")]
    [InlineData("An old person is a waste of space.")]
    public void One_member_of_a_group_or_a_nationality_before_a_person_noun_names_the_group(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("The Chinese takeaway was disgusting.")]
    [InlineData("This polish is vile, it smells awful.")]
    [InlineData("The Irish stew in the canteen was disgusting.")]
    public void A_nationality_word_in_its_everyday_sense_names_no_group(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I'd rather stand the whole journey than sit beside a Sikh.")]
    [InlineData("I won't sit next to a Muslim in the exam hall.")]
    [InlineData("This street was lovely before the refugees arrived.")]
    [InlineData("Old people should stop voting.")]
    [InlineData("Gay men shouldn't be teachers.")]
    public void A_group_refused_as_company_wished_away_or_denied_a_right_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I'd rather sit next to a refugee than a bully.")]
    [InlineData("Rather than blaming immigrants, look at the landlords.")]
    [InlineData("The canteen was calmer without the fire alarm going off.")]
    [InlineData("Disabled people shouldn't have to fight for a ramp.")]
    [InlineData("Women should never be paid less than men.")]
    public void The_same_shapes_in_a_group_s_favour_or_about_no_group_are_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("If Muslims want respect, they can start by integrating.")]
    [InlineData("If refugees want to stay, they need to earn it.")]
    [InlineData("Nothing against Sikhs but I wouldn't want one living next door.")]
    public void Acceptance_on_conditions_and_a_disclaimer_before_derogation_are_equality_offences(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("If refugees want to join the football club, sign-up is at reception.")]
    [InlineData("If trans pupils want respect, we should all use their pronouns.")]
    [InlineData("Women belong in every boardroom.")]
    [InlineData("Saying black parents don't care about school is a lazy stereotype.")]
    public void Conditions_without_a_demand_welcome_and_stereotypes_called_out_are_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("My uncle said \"lesbians haven't met the right man\" and I told him that's homophobic.")]
    [InlineData("Why is 'she's pretty for a Muslim' supposed to be a compliment?")]
    public void A_quoted_remark_with_an_apostrophe_inside_is_still_a_quotation(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("There's a slut in my class.")]
    [InlineData("I hate whores.")]
    [InlineData("I hate mongs.")]
    public void A_gendered_or_disability_slur_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Stop slagging off the school on Facebook.")]
    [InlineData("We walked past the old slag heaps on the history trip.")]
    [InlineData("The bullies who beat up disabled kids are vile.")]
    public void Slag_in_its_everyday_senses_and_a_wrong_done_to_a_group_are_not_equality_offences(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Harassing Hindu families during Diwali is vile.")]
    [InlineData("Blaming the whole Muslim community for one man's crime is disgusting.")]
    [InlineData("Mocking disabled people is pathetic and cruel.")]
    [InlineData("Scapegoating refugees for the housing crisis is disgusting.")]
    [InlineData("The stuff being said about the Black girls in year 11 is vile.")]
    [InlineData("What people post about trans pupils is vile.")]
    [InlineData("Anyone who hurts a gay person should be punished.")]
    [InlineData("Whoever bullies disabled pupils is pathetic.")]
    public void Condemning_what_is_done_or_said_to_a_group_is_not_an_equality_offence(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Muslims keep attacking our way of life, they are vile.")]
    [InlineData("Immigrants blaming us for everything are disgusting.")]
    [InlineData("Disabled people are disgusting and mocking them is fun.")]
    public void A_group_doing_the_act_is_still_demeaned(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Fact]
    public void An_insult_inside_quotation_marks_is_reported_speech_not_harassment() =>
        Assert.DoesNotContain(Findings("my brother said 'trans people are freaks' so I called him out"), f => f.Category == Category.Harassment);

    [Fact]
    public void The_same_insult_said_to_someone_is_harassment() =>
        Assert.Contains(Findings("my brother said you are a freak and I agree with him"), f => f.Category == Category.Harassment);

    [Fact]
    public void A_reporting_frame_after_the_hate_does_not_cancel_it() =>
        Assert.Contains(Findings("Women are inferior, and anyone who says otherwise is lying."), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("as a proud dyke I loved the parade", "dyke")]
    [InlineData("me and the other poofs are running the LGBT club stall", "poofs")]
    [InlineData("dyke and proud, see you all at the march", "dyke")]
    public void A_slur_the_writer_uses_of_themselves_is_a_review_not_an_equality_offence(string text, string word)
    {
        var findings = Findings(text);

        Assert.DoesNotContain(findings, f => f.Category == Category.EqualityOffence);
        var finding = Assert.Single(findings, f => f.RuleId == "equality.self-described");
        Assert.Equal(Category.Profanity, finding.Category);
        Assert.Equal(Severity.Review, finding.Severity);
        Assert.Contains(word, finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_slur_aimed_at_someone_else_is_still_an_equality_offence() =>
        Assert.Contains(Findings("that dyke in year 10 should leave"), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Nipping out for a fag, back in five.")]
    [InlineData("We walked along the sea dyke at low tide.")]
    [InlineData("Grandad tied a bundle of faggots for the fire.")]
    [InlineData("I had a queer feeling all day, like something was wrong.")]
    public void Innocent_british_senses_of_slur_like_words_are_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category is Category.EqualityOffence or Category.Harassment);

    [Theory]
    [InlineData("Mum makes faggots with onion gravy on Fridays.")]
    [InlineData("The engineers raised the dyke before the floods came.")]
    [InlineData("Salt will retard the growth of the mould.")]
    [InlineData("The strike could cripple the rail network.")]
    [InlineData("Our labrador is a bitch and she has just had puppies.")]
    public void A_slur_read_in_its_everyday_sense_is_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category is Category.EqualityOffence or Category.Harassment or Category.Profanity);

    [Theory]
    [InlineData("Look at that dyke by the river.")]
    [InlineData("You retard, you will never grow up.")]
    [InlineData("Faggots are disgusting, throw them on the bonfire.")]
    [InlineData("Those dykes are dogs.")]
    public void A_slur_aimed_at_people_stays_a_slur_whatever_else_the_sentence_mentions(string text) =>
        Assert.Contains(Findings(text), f => f.Category is Category.EqualityOffence or Category.Harassment);

    [Theory]
    [InlineData("me and my niggas are going into town")]
    [InlineData("we queers are running the stall at the summer fair")]
    [InlineData("being a dyke is the best thing about me")]
    public void A_reclaimed_word_used_of_the_writers_own_community_is_not_an_equality_offence(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category is Category.EqualityOffence or Category.Harassment);

    [Fact]
    public void A_possessive_makes_only_reclaimed_words_the_writers_own() =>
        Assert.Contains(Findings("my retard cousin broke my phone"), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Nobody in my form thinks women are stupid.")]
    [InlineData("I refuse to believe that black people are more violent than anyone else.")]
    [InlineData("None of the Muslim lads on our team are thugs.")]
    [InlineData("There is no reason at all to hate women.")]
    [InlineData("Muslims don't belong in cages, nobody does.")]
    [InlineData("Immigrants shouldn't be feared.")]
    public void A_claim_about_a_group_that_the_sentence_denies_is_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Muslims don't belong here.")]
    [InlineData("Immigrants are nothing but rats.")]
    [InlineData("Trans people shouldn't be allowed anywhere near children.")]
    [InlineData("Gay people belong in a zoo.")]
    public void A_negative_word_that_is_part_of_the_hate_does_not_deny_it(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Is it true that gay people can marry in church now?")]
    [InlineData("I heard that gay footballers are finally coming out.")]
    public void That_gay_before_a_noun_is_a_description_not_a_put_down(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("allimmigrants are vermin")]
    [InlineData("muslims shouldbe deported")]
    [InlineData("disabled people should be lockedup")]
    [InlineData("gay people make mesick")]
    [InlineData("Ihatemuslims")]
    [InlineData("You are just adyke to me")]
    [InlineData("Honestlywomen are parasites")]
    [InlineData("Women are sodisgusting")]
    public void Hate_with_one_space_dropped_is_still_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I thought the film was hateful.")]
    [InlineData("Allotments are lovely in spring.")]
    [InlineData("Theresa and Anne went to the match.")]
    public void Ordinary_words_that_contain_a_group_or_a_hostile_verb_are_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I'll never accept that Jews should be banned from our clubs.")]
    [InlineData("I could never support sending Polish families back.")]
    [InlineData("Nobody wants gay people wiped out.")]
    [InlineData("Nobody should act like disabled people are a burden.")]
    public void A_negated_endorsement_of_a_hostile_claim_is_not_negated_praise(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I've never seen a Traveller do an honest day's work.")]
    [InlineData("Refugees are sneaky.")]
    [InlineData("Trans women are fake women.")]
    [InlineData("Muslims are plotting against us.")]
    public void Qualities_only_a_negation_makes_good_and_plain_demeaning_words_are_reported(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("My neighbour told me Muslims are dangerous and I told him to stop.")]
    [InlineData("What kind of person still thinks women are stupid?")]
    [InlineData("Stop teaching kids that immigrants are criminals.")]
    [InlineData("The lie that Jews are greedy has done enough damage.")]
    [InlineData("Comparing refugees to rats is how it starts.")]
    public void Hate_reported_in_someone_elses_voice_is_not_flagged(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I said it before: Muslims are dangerous.")]
    [InlineData("I think women are stupid.")]
    [InlineData("Do you think immigrants are criminals? I do.")]
    [InlineData("Am I the only one who thinks refugees are parasites?")]
    [InlineData("Everyone thinks Gypsies are thieves, it's just true.")]
    public void Hate_in_the_writers_own_voice_or_claimed_for_everyone_is_flagged(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("We don't need Polish builders here.")]
    [InlineData("nobody wants muslims on this estate")]
    [InlineData("Would you trust a gay man with your kids?")]
    [InlineData("Who actually wants refugees next door?")]
    [InlineData("Deaf people can't be reasoned with.")]
    [InlineData("Travellers will never fit in here.")]
    [InlineData("Immigrants add nothing to this town.")]
    public void A_groups_presence_or_good_standing_refused_is_negated_praise(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("I don't want disabled pupils to feel left out.")]
    [InlineData("Who wants to help the refugee charity on Saturday?")]
    [InlineData("Would you like to come to the Pride assembly?")]
    [InlineData("There's no evidence that immigrants commit more crime.")]
    [InlineData("Muslims are not less human than anyone else.")]
    [InlineData("We don't need refugees feeling scared.")]
    [InlineData("Never let disabled pupils down.")]
    public void Wanting_something_for_a_group_or_a_denied_slur_is_not_negated_praise(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Muslims should be set on fire.")]
    [InlineData("Gay men ought to face a firing squad.")]
    [InlineData("Immigrants are stealing jobs from us.")]
    [InlineData("Homosexuality is a sickness.")]
    [InlineData("Refugees should go back where they came from.")]
    [InlineData("Someone should burn down every synagogue.")]
    [InlineData("Deaf people should be euthanised.")]
    public void Violence_wished_on_a_group_and_common_tropes_are_reported(string text) =>
        Assert.Contains(Findings(text), f => f.Category is Category.EqualityOffence or Category.Threat);

    [Theory]
    [InlineData("Homosexuality was legalised in England in 1967.")]
    [InlineData("The old barn was burned to the ground in 1990.")]
    [InlineData("Year 8 are visiting the mosque on Friday.")]
    [InlineData("Disabled pupils take over the student council this term!")]
    [InlineData("Our refugee week assembly is on Friday.")]
    public void Neutral_mentions_and_violence_aimed_at_no_group_are_not_equality_offences(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category is Category.EqualityOffence or Category.Threat);

    [Theory]
    [InlineData("Autistic pupils belong in mainstream schools.")]
    [InlineData("Women belong in science as much as anyone.")]
    [InlineData("Travellers get called thieves by people who have never met one.")]
    [InlineData("Jewish pupils need protection from hate like anyone else.")]
    [InlineData("Why would I hate Muslims? I don't.")]
    [InlineData("It's cruel to compare refugees to rats.")]
    public void Welcome_places_victims_and_denying_questions_are_not_equality_offences(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Autistic pupils don't belong in mainstream schools.")]
    [InlineData("Why would I ever trust a Muslim?")]
    public void A_welcome_place_or_a_denying_question_still_carries_negated_praise(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("The girls said the changing rooms were dirty.")]
    [InlineData("Our Muslim pupils are plotting a surprise for Eid.")]
    [InlineData("Year 9 girls were breeding butterflies for science.")]
    [InlineData("A creepy man followed the girls home and the police were called.")]
    [InlineData("The refugee family's flat was dirty when they moved in, so volunteers cleaned it.")]
    public void A_word_that_demeans_only_when_said_of_a_group_is_not_read_from_the_same_sentence_alone(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Travellers are so dirty.")]
    [InlineData("Why are Hindus always sneaky?")]
    [InlineData("sneaky Jews everywhere")]
    [InlineData("I met some refugees. They're dirty.")]
    public void A_word_that_demeans_when_said_of_a_group_is_reported_as_its_predicate_or_next_to_it(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("He's surprisingly normal for a trans guy.")]
    [InlineData("For a refugee he's pretty well-behaved.")]
    [InlineData("He's Jewish but surprisingly generous with money.")]
    [InlineData("He's Muslim but he's one of the good ones.")]
    public void Praise_that_holds_only_against_a_low_view_of_the_group_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("It's normal for a Muslim student to fast during Ramadan.")]
    [InlineData("He's very clever for a Year 8 student, already doing A-level maths.")]
    [InlineData("Our girls' football team is one of the good ones in the county league.")]
    public void A_good_word_near_a_group_without_the_backhanded_frame_is_not_an_equality_offence(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Refugees are infesting our towns.")]
    [InlineData("Black families breed like rabbits.")]
    [InlineData("Trans people spread like a contagion through schools.")]
    public void A_group_made_a_pest_by_its_verb_or_a_simile_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Women should be allowed to vote everywhere, and it took far too long.")]
    [InlineData("Trans students belong in every part of school life.")]
    [InlineData("Refugees belong in safe housing, not in tents at the border.")]
    [InlineData("The gym was infested with ants, so PE was moved outside.")]
    public void Rights_affirmed_and_welcome_places_are_not_equality_offences(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Immigrants shouldn't get the vote, not even after twenty years.")]
    [InlineData("The world would be a calmer place without Jewish influence in it.")]
    [InlineData("Europe would be better off with zero Muslims in it.")]
    public void A_group_denied_the_vote_or_wished_fewer_is_an_equality_offence(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("someone sholud burn that mosque down with them all inside", Category.Threat)]
    [InlineData("I'm giong to hurt the next gay lad I see", Category.Threat)]
    [InlineData("immigrants nveer contribute anything", Category.EqualityOffence)]
    [InlineData("I hte Jews so much it's unreal", Category.EqualityOffence)]
    [InlineData("Kll all lesbians.", Category.Threat)]
    public void A_slip_in_the_word_that_carries_the_threat_or_denial_does_not_hide_it(string text, Category category) =>
        Assert.Contains(Findings(text), f => f.Category == category);

    [Theory]
    [InlineData("Nothing disgusts me more than seeing two gay lads holding hands")]
    [InlineData("Nothing is more disgusting than a Muslim family moving in next door.")]
    public void A_negation_that_asserts_the_strongest_feeling_is_not_a_denial(string text) =>
        Assert.Contains(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Nothing disgusts me more than people who mock disabled kids.")]
    [InlineData("Nothing sickens me more than racism against Muslims.")]
    public void The_strongest_feeling_aimed_at_a_wrong_done_to_a_group_is_not_an_equality_offence(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);

    [Theory]
    [InlineData("Girls in Year 10 get told they can't do physics; our STEM club proves otherwise.")]
    [InlineData("Biphobia is real; bisexual people get told they're confused or going through a phase.")]
    public void What_a_group_is_told_by_others_is_not_the_writers_claim(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Category == Category.EqualityOffence);
}
