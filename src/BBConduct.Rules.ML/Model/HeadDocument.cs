using BBConduct.Rules.Findings;

namespace BBConduct.Rules.ML.Model;

/// <summary>A head's scalars as stored in <c>model.json</c>; its weights and ML.NET model are separate entries.</summary>
internal sealed record HeadDocument(string Name, Category Category, float Bias, double Slope, double Offset, double Threshold);
