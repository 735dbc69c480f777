using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Core.Actors.Tagging;

/// <summary>Prepares a sentence for the tagger: normal forms and the gazetteer's label of every token.</summary>
internal static class TaggerInput
{
    public static TaggerToken[] From(IReadOnlyList<string> texts, IReadOnlyList<string> normals, ActorGazetteer gazetteer)
    {
        var labels = new string[texts.Count];
        Array.Fill(labels, "O");
        foreach (var match in gazetteer.Find(normals))
        {
            // Weak matches (a lone surname) are told apart so the model can learn how far to trust them.
            var type = TypeOf(match.Entry.Kind);
            labels[match.First] = (match.Strong ? "B-" : "b-") + type;
            for (var i = match.First + 1; i < match.End; i++)
            {
                labels[i] = "I-" + type;
            }
        }

        var tokens = new TaggerToken[texts.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new TaggerToken(texts[i], normals[i], labels[i]);
        }

        return tokens;
    }

    public static TaggerToken[] From(IReadOnlyList<string> texts, ActorGazetteer gazetteer) =>
        From(texts, [.. texts.Select(ArabicNormalizer.Normalize)], gazetteer);

    public static string TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => "PERS",
        ActorKind.Organization => "ORG",
        _ => "LOC",
    };
}
