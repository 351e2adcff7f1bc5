using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Model;

namespace BBConduct.Rules.ML;

/// <summary>
/// The trained toxicity model: featurises a post with fixed hashing and scores it with each head's linear weights and
/// Platt calibration. Immutable and thread-safe; scoring takes no locks and, once a thread's buffers have grown to
/// its longest post, allocates nothing.
/// </summary>
public sealed class ToxicityClassifier
{
    /// <summary>The manifest name of the model embedded in this assembly.</summary>
    public const string DefaultModelResource = "BBConduct.Rules.ML.toxicity.bbmodel";

    private static readonly Lazy<ToxicityClassifier> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private const int MaxSpanWords = 3;
    private readonly byte[] _file;
    private readonly string _sourceName;

    // Every head's weights side by side, so scoring all heads touches one cache line per feature.
    private readonly InterleavedWeights _interleaved;

    internal ToxicityClassifier(ModelDocument document, float[][] weights, byte[] file, string sourceName)
    {
        Featurizer = new HashedFeaturizer(document.Features);
        Metadata = document.Metadata;
        _interleaved = new InterleavedWeights(weights, Featurizer.Dimension);
        Heads = [.. document.Heads.Select((h, i) => new ClassifierHead(h.Name, h.Category, _interleaved, i, h.Bias, h.Slope, h.Offset, h.Threshold))];
        _file = file;
        _sourceName = sourceName;
    }

    /// <summary>The featurisation settings the model was trained with.</summary>
    public FeatureSettings Features => Featurizer.Settings;

    /// <summary>How the model was trained, with its in-domain test figures.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>The heads, in file order; the first is the toxicity (Harassment) head.</summary>
    public IReadOnlyList<ClassifierHead> Heads { get; }

    /// <summary>The size of the model file in bytes.</summary>
    public int FileSize => _file.Length;

    internal HashedFeaturizer Featurizer { get; }

    /// <summary>
    /// The model that ships inside this package, loaded on first use (once, thread-safe) and shared afterwards.
    /// </summary>
    /// <returns>The default classifier.</returns>
    /// <exception cref="InvalidOperationException">The package was built without its model.</exception>
    public static ToxicityClassifier LoadDefault() => Default.Value;

    /// <summary>Loads a model written by <see cref="Save(Stream)"/> or the trainer.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="sourceName">A name for messages, such as the file path.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="InvalidDataException">The stream is not a valid model.</exception>
    public static ToxicityClassifier Load(Stream stream, string sourceName = "model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return FromBytes(copy.ToArray(), sourceName);
    }

    /// <summary>Loads a model file from disk.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The classifier.</returns>
    public static ToxicityClassifier Load(string path) => FromBytes(File.ReadAllBytes(path), path);

    /// <summary>Writes the model file.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(_file);
    }

    /// <summary>The index of the head named <paramref name="name"/>, or -1.</summary>
    /// <param name="name">The head name, for example <c>hate</c>.</param>
    /// <returns>The index or -1.</returns>
    public int HeadIndex(string name)
    {
        for (var i = 0; i < Heads.Count; i++)
        {
            if (Heads[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The calibrated probability that <paramref name="text"/> is positive for one head (the toxicity head by default).</summary>
    /// <param name="text">The post text.</param>
    /// <param name="head">The head index.</param>
    /// <returns>A probability between 0 and 1.</returns>
    public float Score(ReadOnlySpan<char> text, int head = 0)
    {
        Span<double> scores = stackalloc double[Heads.Count];
        LinearScores(text, scores);
        return Heads[head].Probability((float)(scores[head] + Heads[head].Bias));
    }

    /// <summary>Every head's probability for <paramref name="text"/>, featurising once.</summary>
    /// <param name="text">The post text.</param>
    /// <param name="probabilities">Receives one probability per head, in <see cref="Heads"/> order.</param>
    public void ScoreAll(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        if (probabilities.Length < Heads.Count)
        {
            throw new ArgumentException($"The span must hold {Heads.Count} probabilities.", nameof(probabilities));
        }

        Span<double> scores = stackalloc double[Heads.Count];
        LinearScores(text, scores);

        for (var i = 0; i < Heads.Count; i++)
        {
            probabilities[i] = Heads[i].Probability((float)(scores[i] + Heads[i].Bias));
        }
    }

    /// <summary>Scores many posts for one head, spreading them over <paramref name="degreeOfParallelism"/> threads.</summary>
    /// <param name="texts">The posts.</param>
    /// <param name="probabilities">Receives one probability per post.</param>
    /// <param name="head">The head index.</param>
    /// <param name="degreeOfParallelism">Threads to use; 1 scores on the calling thread.</param>
    public void ScoreBatch(IReadOnlyList<string> texts, float[] probabilities, int head = 0, int degreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Length < texts.Count)
        {
            throw new ArgumentException("The output array is shorter than the batch.", nameof(probabilities));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreeOfParallelism);
        if (degreeOfParallelism == 1)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                probabilities[i] = Score(texts[i], head);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, 256), options, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                probabilities[i] = Score(texts[i], head);
            }
        });
    }

    /// <summary>
    /// Scores <paramref name="text"/> for one head and finds the words most responsible: the run of up to three words
    /// that adds most to the linear score.
    /// </summary>
    /// <param name="text">The post text.</param>
    /// <param name="head">The head index.</param>
    /// <returns>The probability and the span; the span is empty (0, 0) when no word pushes towards the head.</returns>
    public ToxicityExplanation Explain(string text, int head = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ExplainCounted(FeatureScratch.Current, head, Score(text, head));
    }

    /// <summary>
    /// <see cref="Explain"/> for the post the calling thread scored last (<see cref="ScoreAll"/> or <see cref="Score"/>),
    /// without featurising it again: the rule explains only the posts a head flags, right after scoring them.
    /// </summary>
    /// <param name="head">The head index.</param>
    /// <param name="probability">The head's probability from that scoring, reported as it is.</param>
    internal ToxicityExplanation ExplainLastScored(int head, float probability) => ExplainCounted(FeatureScratch.Current, head, probability);

    /// <summary>
    /// Every head's linear score (without bias) of <paramref name="text"/>, leaving the post in the thread's scratch for
    /// explaining: scored by words when the model allows it, otherwise counted and multiplied out.
    /// </summary>
    private void LinearScores(ReadOnlySpan<char> text, Span<double> scores)
    {
        var scratch = FeatureScratch.Current;
        if (Featurizer.ScoresByWords)
        {
            Featurizer.ScoreByWords(text, scratch, _interleaved, scores);
            return;
        }

        Featurizer.Count(text, scratch, _interleaved);
        Featurizer.DotAll(_interleaved.Values, scratch, scores);
    }

    private ToxicityExplanation ExplainCounted(FeatureScratch scratch, int head, float probability)
    {
        var words = scratch.Words;
        if (words.IsEmpty)
        {
            return new ToxicityExplanation(probability, 0, 0);
        }

        // The thread's buffer, not a new array: a bulk scan explains about one post in two.
        FeatureScratch.Grow(ref scratch.PerWord, words.Length);
        var contributions = scratch.PerWord.AsSpan(0, words.Length);
        contributions.Clear();
        Featurizer.Contributions(scratch, _interleaved.Values, Heads.Count, head, contributions);
        // The best run of up to three words: one word ("you") rarely explains a post on its own.
        int first = 0, last = 0;
        var best = float.MinValue;
        for (var i = 0; i < contributions.Length; i++)
        {
            var sum = 0f;
            for (var j = i; j < Math.Min(i + MaxSpanWords, contributions.Length); j++)
            {
                sum += contributions[j];
                if (sum > best)
                {
                    (best, first, last) = (sum, i, j);
                }
            }
        }

        while (first < last && contributions[first] <= 0)
        {
            first++;
        }

        while (last > first && contributions[last] <= 0)
        {
            last--;
        }

        if (best <= 0)
        {
            return new ToxicityExplanation(probability, 0, 0);
        }

        var start = words[first].Start;
        return new ToxicityExplanation(probability, start, words[last].Start + words[last].Length - start);
    }

    /// <summary>
    /// Loads the ML.NET models stored in the file into a reference scorer built on ML.NET's <c>PredictionEngine</c>,
    /// fed by the same featurisation. Slower; meant for checking the fast path and for tooling.
    /// </summary>
    /// <returns>A scorer; not thread-safe, dispose it when done.</returns>
    public MLNetToxicityScorer CreateMLNetScorer()
    {
        using var stream = new MemoryStream(_file, writable: false);
        var models = Heads.Select(h => ModelFile.ReadMLNetModel(stream, h.Name, _sourceName)).ToList();
        return new MLNetToxicityScorer(Featurizer, models);
    }

    private static ToxicityClassifier FromBytes(byte[] bytes, string sourceName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var (document, weights) = ModelFile.Read(stream, sourceName);
        return new ToxicityClassifier(document, weights, bytes, sourceName);
    }

    private static ToxicityClassifier LoadEmbedded()
    {
        using var stream = typeof(ToxicityClassifier).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"The package has no embedded model '{DefaultModelResource}'; train one with tools/BBConduct.Train.");
        return Load(stream, DefaultModelResource);
    }
}
