namespace Dashboard.Core.Actors.Tagging;

/// <summary>The tagger model that ships inside this assembly, trained by <c>dashboard train-ner</c> on ANERcorp.</summary>
public static class ShippedTagger
{
    private const string Resource = "model.ner-anercorp.bin.gz";
    private static readonly Lazy<TaggerModel> Loaded = new(() =>
    {
        using var stream = typeof(ShippedTagger).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the tagger model {Resource} is not embedded; run 'dashboard train-ner' and rebuild");
        return TaggerModel.Load(stream);
    });

    /// <summary>The shipped model, loaded once.</summary>
    public static TaggerModel Model => Loaded.Value;

    /// <summary>Whether a model was embedded at build time.</summary>
    public static bool IsAvailable => typeof(ShippedTagger).Assembly.GetManifestResourceInfo(Resource) is not null;
}
