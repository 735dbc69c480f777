namespace Dashboard.Core.Actors.Tagging;

/// <summary>
/// 64-bit FNV-1a hashes of feature templates and their values, computed over spans so that
/// tagging allocates no feature strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(byte template, ReadOnlySpan<char> value)
    {
        var hash = (Offset ^ template) * Prime;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    public static ulong Of(byte template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = Of(template, first);
        hash = (hash ^ 0x1F) * Prime;
        foreach (var c in second)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
