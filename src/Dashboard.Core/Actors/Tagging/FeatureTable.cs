namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// The model's weights laid out for lookup speed. Tagging looks up some fifty features per token and
/// most of them are features the model never saw, so the probe runs over a small index (a 32-bit
/// fingerprint and a row number per slot, two megabytes that stay in the L2 cache) and only a
/// matching fingerprint touches the rows: the full key, to confirm, and the weights of every tag.
/// The earlier layout (full keys and weights in one wide table of 23 MB) cost two cache misses
/// per lookup, hit or not, and was most of the time of extraction.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly ulong[] _rowKeys;
    private readonly float[] _rowWeights;
    private readonly int _mask;
    private readonly int _tags;

    public FeatureTable(Dictionary<ulong, float[]> weights, int tags)
    {
        // At most 5/8 full: an absent key's probe then ends within a cache line or two.
        var capacity = 1;
        while (capacity * 5 < weights.Count * 8)
        {
            capacity <<= 1;
        }

        _slots = new ulong[capacity];
        _rowKeys = new ulong[weights.Count];
        _rowWeights = new float[weights.Count * tags];
        _mask = capacity - 1;
        _tags = tags;
        var row = 0;
        foreach (var (key, vector) in weights)
        {
            _rowKeys[row] = key;
            vector.AsSpan(0, tags).CopyTo(_rowWeights.AsSpan(row * tags, tags));
            var slot = SlotOf(key);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = Entry(key, row);
            row++;
        }
    }

    /// <summary>Adds the feature's weights to <paramref name="scores"/>; a feature the model never saw adds nothing.</summary>
    public void AddTo(ulong key, Span<float> scores)
    {
        if (RowOf(key) is var row and >= 0)
        {
            var weights = _rowWeights.AsSpan(row * _tags, _tags);
            for (var t = 0; t < weights.Length; t++)
            {
                scores[t] += weights[t];
            }
        }
    }

    /// <summary>The row of a feature's weights, or -1 when the model never saw it.</summary>
    private int RowOf(ulong key)
    {
        var fingerprint = Fingerprint(key);
        var slot = SlotOf(key);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == fingerprint && _rowKeys[(int)(uint)entry] == key)
            {
                return (int)(uint)entry;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // FNV hashes are uneven in their low bits; a multiply-shift spreads them over the table. The
    // fingerprint comes from other bits than the slot, and is never zero, so zero marks an empty slot.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 20) & _mask;

    private static uint Fingerprint(ulong key) => (uint)(key ^ (key >> 32)) | 1;

    private static ulong Entry(ulong key, int row) => ((ulong)Fingerprint(key) << 32) | (uint)row;
}
