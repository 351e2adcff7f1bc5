using BBConduct.Rules.ML.Featurization;

namespace BBConduct.Rules.ML.Model;

/// <summary>The <c>model.json</c> entry of a model file.</summary>
internal sealed record ModelDocument(ModelMetadata Metadata, FeatureSettings Features, IReadOnlyList<HeadDocument> Heads);
