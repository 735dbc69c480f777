namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The model's weights in one flat open-addressing table: the keys in one array, each key's weights
/// for all tags side by side in another. Tagging looks up some fifty features per token, so keeping
/// a lookup to one or two cache lines is what makes extraction fast.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly int _tags;

    public FeatureTable(Dictionary<ulong, float[]> weights, int tags)
    {
        var capacity = 1;
        while (capacity < weights.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _weights = new float[capacity * tags];
        _mask = capacity - 1;
        _tags = tags;
        foreach (var (key, vector) in weights)
        {
            // Zero marks an empty slot; a feature hashing to zero (one in 2^64) is stored under one.
            var stored = key == 0 ? 1UL : key;
            var slot = (int)(Mix(stored) & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = stored;
            vector.AsSpan(0, tags).CopyTo(_weights.AsSpan(slot * tags, tags));
        }
    }

    /// <summary>Adds the feature's weights to <paramref name="scores"/>; a feature the model never saw adds nothing.</summary>
    public void AddTo(ulong key, Span<float> scores)
    {
        var stored = key == 0 ? 1UL : key;
        var slot = (int)(Mix(stored) & (ulong)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == stored)
            {
                var weights = _weights.AsSpan(slot * _tags, _tags);
                for (var t = 0; t < weights.Length; t++)
                {
                    scores[t] += weights[t];
                }

                return;
            }

            if (found == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // FNV hashes are uneven in their low bits; a multiply-shift spreads them over the table.
    private static ulong Mix(ulong key) => (key * 0x9E3779B97F4A7C15UL) >> 20;
}
