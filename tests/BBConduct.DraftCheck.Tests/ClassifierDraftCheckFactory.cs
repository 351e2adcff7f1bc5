namespace BBConduct.DraftCheck.Tests;

/// <summary>The draft checker as shipped: rules plus the toxicity classifier.</summary>
public sealed class ClassifierDraftCheckFactory : DraftCheckFactory
{
    public ClassifierDraftCheckFactory()
        : base(classifier: true)
    {
    }
}
