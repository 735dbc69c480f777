namespace Dashboard.Core.Actors.Tagging;

/// <summary>What the tagger knows of one token before choosing its tag.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Normal">Its normalised form.</param>
/// <param name="Gazetteer">The gazetteer's BIO label for it ("B-PERS", "I-LOC", …) or "O".</param>
internal readonly record struct TaggerToken(string Text, string Normal, string Gazetteer);
