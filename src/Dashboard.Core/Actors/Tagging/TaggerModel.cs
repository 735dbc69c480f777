using System.IO.Compression;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The weights of the entity tagger: for each hashed feature, one weight per tag. Saved as a
/// gzip-compressed binary file that loads in a fraction of a second.
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "dashboard-ner-2";

    private FeatureTable? _table;

    internal TaggerModel(Dictionary<ulong, float[]> weights) => Weights = weights;

    internal Dictionary<ulong, float[]> Weights { get; }

    // Built on first use: training never needs it, tagging always does.
    internal FeatureTable Table => _table ??= new FeatureTable(Weights, EntityTag.All.Length);

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount => Weights.Count;

    /// <summary>Writes the model; weights smaller than <paramref name="threshold"/> are left out.</summary>
    public void Save(Stream output, float threshold = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(EntityTag.All.Length);
        var kept = Weights.Where(p => p.Value.Any(w => Math.Abs(w) >= threshold)).OrderBy(p => p.Key).ToList();
        writer.Write(kept.Count);
        foreach (var (hash, weights) in kept)
        {
            writer.Write(hash);
            var nonZero = Enumerable.Range(0, weights.Length).Where(t => Math.Abs(weights[t]) >= threshold).ToList();
            writer.Write((byte)nonZero.Count);
            foreach (var tag in nonZero)
            {
                writer.Write((byte)tag);
                writer.Write((Half)weights[tag]); // Half precision halves the file and changes no decision measurably.
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static TaggerModel Load(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var zip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a dashboard entity-tagger model");
        }

        var tags = reader.ReadInt32();
        if (tags != EntityTag.All.Length)
        {
            throw new InvalidDataException($"the model has {tags} tags, this build expects {EntityTag.All.Length}");
        }

        var count = reader.ReadInt32();
        var weights = new Dictionary<ulong, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = reader.ReadUInt64();
            var vector = new float[tags];
            int nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                vector[reader.ReadByte()] = (float)reader.ReadHalf();
            }

            weights[hash] = vector;
        }

        return new TaggerModel(weights);
    }
}
