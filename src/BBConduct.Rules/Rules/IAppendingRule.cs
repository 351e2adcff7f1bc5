namespace BBConduct.Rules.Rules;

/// <summary>
/// A rule that only appends findings to the list it is given and never reads or changes those already in it (the
/// classifier): the screener hands it an empty list instead of making every piece of evidence found so far into a
/// finding first, most of which the merger then drops.
/// </summary>
internal interface IAppendingRule : IConductRule
{
}
