namespace Dashboard.Core.Actors.Tagging;

/// <summary>The BIO tags of the entity tagger, in the order of the model's weight vectors.</summary>
public static class EntityTag
{
    /// <summary>Every tag; index 0 is outside any entity.</summary>
    public static readonly string[] All = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>Index of the outside tag.</summary>
    public const int Outside = 0;

    /// <summary>The index of a tag name, or <see cref="Outside"/> for an unknown one.</summary>
    public static int IndexOf(string tag) => Array.IndexOf(All, tag) is var index and >= 0 ? index : Outside;

    // Which tag may follow which, worked out once: decoding asks it 81 times per token.
    private static readonly bool[] Follows = BuildFollows();

    /// <summary>Whether an I- tag may follow the previous tag (only inside an entity of its type).</summary>
    public static bool MayFollow(int tag, int previous) => Follows[(previous * All.Length) + tag];

    private static bool[] BuildFollows()
    {
        var follows = new bool[All.Length * All.Length];
        for (var previous = 0; previous < All.Length; previous++)
        {
            for (var tag = 0; tag < All.Length; tag++)
            {
                follows[(previous * All.Length) + tag] = !All[tag].StartsWith("I-", StringComparison.Ordinal)
                    || (previous != Outside && All[previous].AsSpan(2).SequenceEqual(All[tag].AsSpan(2)));
            }
        }

        return follows;
    }
}
