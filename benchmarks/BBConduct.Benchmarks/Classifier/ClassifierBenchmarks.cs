namespace BBConduct.Benchmarks.Classifier;

/// <summary>
/// PLACEHOLDER, not yet a benchmark (it has no [Benchmark] methods, so BenchmarkDotNet does not list it).
/// It is to compare the classifier on its own: ML.NET's <c>PredictionEngine</c> (FeaturizeText + SDCA) against
/// the project's fast scoring path in <c>BBConduct.Rules.ML</c>, over the same 200-character posts, in posts/s
/// and allocations per post. It waits for that project to land: then add a ProjectReference to
/// src/BBConduct.Rules.ML, load the shipped model in [GlobalSetup] and add one [Benchmark] per path
/// (the PredictionEngine one with <c>Baseline = true</c>) with <c>[PostLength(PostCorpus.Medium)]</c> on the class.
/// </summary>
public class ClassifierBenchmarks;
