using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using BBConduct.Rules.ML.Featurization;

namespace BBConduct.Rules.ML.Model;

/// <summary>
/// The model file: a zip holding <c>model.json</c> (settings, metadata, per-head scalars), each head's non-zero weights
/// as little-endian (index, value) pairs for the fast scorer, and each head's ML.NET model for the reference scorer.
/// </summary>
internal static class ModelFile
{
    // Every entry's timestamp, so that the same model rebuilt gives the same bytes.
    private static readonly DateTimeOffset FixedTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string DocumentEntry = "model.json";
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(Stream stream, ModelDocument document, IReadOnlyList<float[]> weights, IReadOnlyList<byte[]> mlNetModels)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, DocumentEntry, JsonSerializer.SerializeToUtf8Bytes(document, Json));
        for (var h = 0; h < document.Heads.Count; h++)
        {
            var w = weights[h];
            var nonZero = w.Count(x => x != 0);
            var bytes = new byte[8 + (nonZero * 8)];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, w.Length);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), nonZero);
            var at = 8;
            for (var i = 0; i < w.Length; i++)
            {
                if (w[i] != 0)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), i);
                    BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at + 4), w[i]);
                    at += 8;
                }
            }

            WriteEntry(zip, WeightsEntry(document.Heads[h].Name), bytes);
            WriteEntry(zip, MLNetEntry(document.Heads[h].Name), mlNetModels[h]);
        }
    }

    public static (ModelDocument Document, float[][] Weights) Read(Stream stream, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var document = JsonSerializer.Deserialize<ModelDocument>(ReadEntry(zip, DocumentEntry, sourceName), Json)
                ?? throw new InvalidDataException($"{sourceName}: model.json is empty.");
            if (document.Metadata.FormatVersion != ModelMetadata.CurrentFormatVersion)
            {
                throw new InvalidDataException($"{sourceName}: model format {document.Metadata.FormatVersion}; this library reads format {ModelMetadata.CurrentFormatVersion} (retrain with tools/BBConduct.Train).");
            }

            document.Features.Validate();
            var dimension = document.Features.Dimension;
            var weights = new float[document.Heads.Count][];
            for (var h = 0; h < document.Heads.Count; h++)
            {
                var bytes = ReadEntry(zip, WeightsEntry(document.Heads[h].Name), sourceName);
                var stored = BinaryPrimitives.ReadInt32LittleEndian(bytes);
                var nonZero = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
                if (stored != dimension || bytes.Length != 8 + (nonZero * 8L))
                {
                    throw new InvalidDataException($"{sourceName}: the weights of head '{document.Heads[h].Name}' do not match the feature dimension {dimension}.");
                }

                var w = new float[dimension];
                for (var i = 0; i < nonZero; i++)
                {
                    var index = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8 + (i * 8)));
                    if ((uint)index >= (uint)dimension)
                    {
                        throw new InvalidDataException($"{sourceName}: weight index {index} of head '{document.Heads[h].Name}' is out of range.");
                    }

                    w[index] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(12 + (i * 8)));
                }

                weights[h] = w;
            }

            return (document, weights);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"{sourceName}: not a BBConduct toxicity model ({ex.GetType().Name}: {ex.Message}).", ex);
        }
    }

    public static byte[] ReadMLNetModel(Stream stream, string head, string sourceName)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        return ReadEntry(zip, MLNetEntry(head), sourceName);
    }

    private static string WeightsEntry(string head) => $"heads/{head}.weights";

    private static string MLNetEntry(string head) => $"heads/{head}.mlnet.zip";

    /// <summary>
    /// The same zip archive with every entry stamped with the fixed time: ML.NET stamps the archives it saves with
    /// the clock, which would make two rebuilds of the same model differ.
    /// </summary>
    /// <param name="archive">A zip archive, such as one written by ML.NET's <c>Model.Save</c>.</param>
    /// <returns>The archive with the same entries, in the same order, with fixed timestamps.</returns>
    public static byte[] WithFixedTimes(byte[] archive)
    {
        using var input = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var content = entry.Open();
                using var bytes = new MemoryStream();
                content.CopyTo(bytes);
                WriteEntry(output, entry.FullName, bytes.ToArray());
            }
        }

        return buffer.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] bytes)
    {
        // A fixed timestamp keeps the file byte-identical when the same model is rebuilt.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var output = entry.Open();
        output.Write(bytes);
    }

    private static byte[] ReadEntry(ZipArchive zip, string name, string sourceName)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{sourceName}: the model has no '{name}' entry.");
        using var input = entry.Open();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
