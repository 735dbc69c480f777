using Dashboard.Core.Extraction;
using Dashboard.Core.Numbers;
using Dashboard.Core.Text;
using static Dashboard.Core.Casualties.CasualtyLexicon;

namespace Dashboard.Core.Casualties;

/// <summary>
/// Finds reported casualty figures and links each number to its predicate: who was killed,
/// wounded or detained. A number beside a casualty word is not enough; it must count the people
/// the word is about, in the same clause, and neither negated nor hypothetical.
/// </summary>
public sealed class CasualtyExtractor
{

    /// <summary>Every casualty fact of the text, in text order.</summary>
    public IReadOnlyList<CasualtyFact> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArabicTokenizer.Tokenize(text);
        var scan = new Scan(tokens);
        var facts = new List<CasualtyFact>();
        for (var k = 0; k < tokens.Count; k++)
        {
            // Illness and sport make "إصابة" something other than a casualty; illness makes deaths natural ones.
            if (TriggerOf(tokens[k].Normal) is not { } trigger || scan.IsNegated(k)
                || (trigger.Kind == Wounded && scan.IsIllnessOrSport(k)) || (trigger.Kind == Killed && scan.IsIllness(k)))
            {
                continue;
            }

            IReadOnlyList<Draft> drafts = trigger.Role switch
            {
                TriggerRole.Event => scan.FromEvent(k, trigger) is { } draft ? [draft] : [],
                TriggerRole.After => scan.FromAfter(k, trigger),
                _ => scan.FromVictim(k, trigger) is { } draft ? [draft] : [],
            };
            foreach (var draft in drafts)
            {
                facts.Add(ToFact(text, tokens, draft));
                foreach (var followUp in scan.FollowUps(draft))
                {
                    facts.Add(ToFact(text, tokens, followUp));
                }
            }

            if (drafts.Count > 0)
            {
                k = Math.Max(k, drafts.Max(d => d.End) - 1);
            }
        }

        return facts;
    }

    private static CasualtyFact ToFact(string text, IReadOnlyList<Token> tokens, Draft draft)
    {
        var start = tokens[draft.First].Start;
        var end = tokens[draft.End - 1].End;
        return new CasualtyFact(start, end, text[start..end], draft.Kind, draft.Min, draft.Max, draft.Approx, draft.Group);
    }
}
