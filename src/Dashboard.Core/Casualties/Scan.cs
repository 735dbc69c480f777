using Dashboard.Core.Numbers;
using Dashboard.Core.Text;
using static Dashboard.Core.Casualties.CasualtyLexicon;

namespace Dashboard.Core.Casualties;

/// <summary>The token-level search behind <see cref="CasualtyExtractor"/>: one instance per text.</summary>
internal sealed class Scan(IReadOnlyList<Token> tokens)
{
    private const int ForwardWindow = 7;
    private const int BackwardWindow = 9;

    private static readonly HashSet<string> Boundaries = [".", "،", ",", "؛", ";", ":", "!", "؟", "?", "\n"];
    private static readonly HashSet<string> SentenceEnds = [".", "!", "؟", "?"];
    private static readonly string Until = ArabicNormalizer.Normalize("حتى");
    private static readonly HashSet<string> Now = [ArabicNormalizer.Normalize("الآن"), ArabicNormalizer.Normalize("الان")];
    private static readonly string Of = ArabicNormalizer.Normalize("من");
    private static readonly HashSet<string> Two = [.. new[] { "اثنين", "اثنان", "اثنتين", "اثنتان" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> TollLinks = [.. new[] { "إلى", "الى", "هي", "بلغ", "بلغت" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> Police = [.. new[] { "الأمن", "أمن", "الشرطة", "شرطة", "الطوارئ", "طوارئ" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> Army = [.. new[] { "الجيش", "جيش" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> MeetDeath = [.. new[] { "لقي", "لقوا", "لقيت" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> Any = [.. new[] { "أي", "اي" }.Select(ArabicNormalizer.Normalize)];

    private static readonly HashSet<string> Agents = [.. new[] { "برصاص", "بنيران", "بيد", "أيدي", "يد", "بأيدي" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> CountedNouns = [.. new[] { "إصابة", "إصابات" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> SingularVictims = [.. new[] { "مصاب", "جريح", "قتيل" }.Select(ArabicNormalizer.Normalize)];
    private static readonly HashSet<string> Wounds = [.. new[] { "بجروح", "بجراح", "جروح" }.Select(ArabicNormalizer.Normalize)];
    private static readonly string Perhaps = ArabicNormalizer.Normalize("قد");

    private readonly bool[] _claimed = new bool[tokens.Count];

    public bool IsNegated(int k)
    {
        if (k + 1 < tokens.Count && Any.Contains(tokens[k + 1].Normal))
        {
            return true;
        }

        for (var p = k - 1; p >= Math.Max(0, k - 4) && !IsBoundary(p); p--)
        {
            if (tokens[p].Normal == Perhaps)
            {
                // "قد يؤدي" (may lead) is a hypothesis; "كان قد أصيب" (had been wounded) is not.
                if (p + 1 < tokens.Count && tokens[p + 1].Normal is ['ي' or 'ت' or 'ن', ..])
                {
                    return true;
                }

                continue;
            }

            if (Clitics.Stems(tokens[p].Normal).Any(Negations.Contains))
            {
                return true;
            }
        }

        return false;
    }

    // Illness and sport are judged over the sentence the casualty word stands in.
    public bool IsIllnessOrSport(int k) => SentenceHas(k, normal => Disease.Contains(normal) || Sport.Contains(normal));

    public bool IsIllness(int k) => SentenceHas(k, Disease.Contains);

    private bool SentenceHas(int k, Func<string, bool> cue)
    {
        var (first, end) = Sentence(k);
        for (var p = first; p < end; p++)
        {
            if (cue(tokens[p].Normal))
            {
                return true;
            }
        }

        return false;
    }

    public Draft? FromEvent(int k, Trigger trigger)
    {
        var kind = trigger.Kind;
        if (CountedNouns.Contains(Clitics.Stems(tokens[k].Normal).Last()) && QuantityEndingAt(k) is { } counted)
        {
            return Counted(kind, counted, counted.First, k + 1); // "49 إصابة"
        }

        var p = k + 1;
        Draft? unnumbered = null; // "إصابة آخرين": people named, no figure
        if (p < tokens.Count && tokens[p].Normal.StartsWith('و') && TriggerOf(tokens[p].Normal) is { Role: TriggerRole.Event } other && other.Kind != kind && other.Kind != Arrested)
        {
            // "قتل وجرح أكثر من عشرين": one figure over both kinds.
            kind = Both;
            p++;
        }

        for (var limit = Math.Min(tokens.Count, k + 1 + ForwardWindow); p < limit && !IsBoundary(p); p++)
        {
            var normal = tokens[p].Normal;
            if (normal == Until)
            {
                if (p + 1 < tokens.Count && Now.Contains(tokens[p + 1].Normal))
                {
                    p++;
                    continue;
                }

                return null; // "حتى 14 مايو" is a date.
            }

            if (Read(p) is { } quantity)
            {
                return Counted(kind, quantity, k, quantity.End);
            }

            if (Agents.Contains(normal))
            {
                return null; // "برصاص شرطيين": the people after it did the killing.
            }

            if (PersonOf(normal) is { Count: null } plural)
            {
                unnumbered ??= new Draft(kind, null, null, false, GroupAt(p, plural), k, p + 1);
                continue;
            }

            if (PersonOf(normal) is { } person)
            {
                var end = p + 1;
                var count = (long?)person.Count;
                if (end < tokens.Count && Two.Contains(tokens[end].Normal))
                {
                    count = 2;
                    end++;
                }

                var named = new Draft(kind, count, count, false, GroupAt(p, person), k, end);
                var atLeast = AtLeastAfter(named, end);
                return atLeast.Max is null || end + 1 >= tokens.Count || IsBoundary(end) ? atLeast : AtLeastAfter(named, end + 1);
            }

            if (TriggerOf(normal) is { } victim && victim.Role == TriggerRole.Victim)
            {
                return Plural(kind == Both ? kind : victim.Kind, k, p + 1, victim.Count);
            }

            if (TriggerOf(normal) is not null)
            {
                return unnumbered;
            }
        }

        return unnumbered;
    }

    public IReadOnlyList<Draft> FromAfter(int k, Trigger trigger)
    {
        var floor = ClauseStart(k, BackwardWindow);
        var drafts = new List<Draft>();
        for (var s = floor; s < k; s++)
        {
            if (Read(s) is not { } quantity || quantity.End > k || k - quantity.End > 6)
            {
                continue;
            }

            // "أربعة من قادة الحزب ونحو ثلاثين متمردة قتلوا": every coordinated figure before the verb.
            var first = drafts.Count == 0 && s > 0 && MeetDeath.Contains(tokens[s - 1].Normal) ? s - 1 : s;
            if (Counted(trigger.Kind, quantity, first, k + 1, groupFrom: quantity.End, groupUntil: k) is { } draft)
            {
                drafts.Add(AtLeastAfter(draft, k + 1));
            }

            s = quantity.End - 1;
        }

        if (drafts.Count > 0)
        {
            return drafts;
        }

        for (var p = k - 1; p >= Math.Max(floor, k - 2); p--)
        {
            if (PersonOf(tokens[p].Normal) is { } person)
            {
                var first = p > 0 && MeetDeath.Contains(tokens[p - 1].Normal) ? p - 1 : p;
                return [AtLeastAfter(new Draft(trigger.Kind, person.Count, person.Count, false, GroupAt(p, person), first, k + 1), k + 1)];
            }
        }

        return [];
    }

    public Draft? FromVictim(int k, Trigger trigger)
    {
        var kind = trigger.Kind;
        var end = k + 1;
        if (end < tokens.Count && tokens[end].Normal.StartsWith('و') && TriggerOf(tokens[end].Normal) is { Role: TriggerRole.Victim } other && other.Kind != kind)
        {
            kind = Both; // "عشرات القتلى والجرحى"
            end++;
        }

        for (var s = ClauseStart(k, 7); s < k; s++)
        {
            if (Read(s) is not { } quantity)
            {
                continue;
            }

            // "37 قتيلا", "العشرات من القتلى", "ما بين 20 و25 شخصا لإصابات".
            var touches = quantity.End == k || (quantity.End == k - 1 && (tokens[k - 1].Normal == Of || PersonOf(tokens[k - 1].Normal) is not null));
            if (!touches)
            {
                continue;
            }

            if (quantity.Min is { } low && quantity.Max is { } high && low != high && s > 0 && TollWords.Contains(tokens[s - 1].Normal))
            {
                quantity = quantity with { Min = high }; // "ارتفعت الحصيلة من 31 إلى 32 قتيلا" is 32.
            }

            var group = quantity.End < k ? GroupNear(quantity.End, k) : GroupNear(k + 1);
            return Claimed(AtLeastAfter(new Draft(kind, quantity.Min, quantity.Max, quantity.Approx, group, s, end), end), quantity);
        }

        if (Toll(k) is { } toll)
        {
            return Counted(kind, toll, k, toll.End);
        }

        // "جثث 5 أشخاص": the victim noun, then the count of the people it names.
        if (Read(k + 1) is { Vague: false } following && following.End < tokens.Count && PersonOf(tokens[following.End].Normal) is not null)
        {
            return Counted(kind, following, k, following.End + 1);
        }

        if (trigger.Count == 2)
        {
            if (end < tokens.Count && Two.Contains(tokens[end].Normal))
            {
                end++;
            }

            return new Draft(kind, 2, 2, false, GroupNear(end), k, end);
        }

        // "رجل الأمن المصاب": a victim noun describing one named person.
        if (tokens[k].Normal.StartsWith("ال", StringComparison.Ordinal) && k > 0 && SingularVictims.Contains(tokens[k].Normal[2..])
            && Enumerable.Range(Math.Max(0, k - 2), Math.Min(2, k)).FirstOrDefault(p => PersonOf(tokens[p].Normal) is { Count: 1 }, -1) is var person and >= 0)
        {
            return new Draft(kind, 1, 1, false, GroupAt(person, PersonOf(tokens[person].Normal)!), person, end);
        }

        return Plural(kind, k, end, null);
    }

    // "مقتل 10 بينهم 3 أطفال" adds a fact for the children; "إصابة فتاة وطفلين" one for the boys;
    // "استشهاد 12 رجل أمن وثلاثة من العاملين" one for the workers.
    public IEnumerable<Draft> FollowUps(Draft draft)
    {
        var last = draft;
        for (var guard = 0; guard < 6 && FollowUp(last) is { } next; guard++)
        {
            yield return next;
            last = next;
        }
    }

    private Draft? FollowUp(Draft draft)
    {
        var p = draft.End;
        while (p < tokens.Count && (Wounds.Contains(tokens[p].Normal) || (tokens[p].Normal == Of && p + 1 < tokens.Count && Breakdown.Contains(tokens[p + 1].Normal))))
        {
            p++;
        }

        // Up to two words qualifying the last victims ("رجل أمن"), or a comma, may stand before "و…".
        for (var skip = 0; skip < 2 && p + 1 < tokens.Count && !tokens[p].Normal.StartsWith('و') && TriggerOf(tokens[p].Normal) is null
            && (tokens[p].Kind == TokenKind.Word || tokens[p].Text is "،" or ",") && tokens[p + 1].Normal.StartsWith('و') && !Breakdown.Contains(tokens[p].Normal); skip++)
        {
            p++;
        }

        if (p >= tokens.Count)
        {
            return null;
        }

        var normal = tokens[p].Normal;
        if (Breakdown.Contains(normal))
        {
            if (Read(p + 1) is { } quantity)
            {
                return Counted(draft.Kind, quantity, p, quantity.End);
            }

            if (p + 1 < tokens.Count && PersonOf(tokens[p + 1].Normal) is { Count: { } count } person)
            {
                return new Draft(draft.Kind, count, count, false, GroupAt(p + 1, person), p, p + 2);
            }

            return null;
        }

        if (normal.Length > 2 && normal[0] == 'و' && TriggerOf(normal) is null)
        {
            // A coordinated relative ("أصيبت سيدة وطفلها") counts too.
            if (PersonOf(normal[1..], possessive: true) is { Count: { } count } person)
            {
                return new Draft(draft.Kind, count, count, false, GroupAt(p, person), p, p + 1);
            }

            if (Read(p) is { Vague: false } quantity && quantity.End < tokens.Count && (tokens[quantity.End].Normal == Of || PersonOf(tokens[quantity.End].Normal) is not null))
            {
                return Counted(draft.Kind, quantity, p, quantity.End);
            }
        }

        return null;
    }

    private Draft? Counted(string kind, Quantity quantity, int first, int end, int? groupFrom = null, int? groupUntil = null)
    {
        var noun = quantity.End;
        if (noun < tokens.Count)
        {
            if (IsUnit(tokens[noun].Normal))
            {
                return null;
            }

            if (TriggerOf(tokens[noun].Normal) is { Role: TriggerRole.Victim } victim && kind != Both)
            {
                kind = victim.Kind; // "سقوط 13 قتيلا", "سقوط مئات الجرحى"
                end = Math.Max(end, noun + 1);
                if (end < tokens.Count && tokens[end].Normal.StartsWith('و') && TriggerOf(tokens[end].Normal) is { Role: TriggerRole.Victim } other && other.Kind != kind)
                {
                    kind = Both; // "عشرات القتلى والجرحى"
                    end++;
                }
            }
            else if (PersonOf(tokens[noun].Normal) is not null || tokens[noun].Normal == Of)
            {
                end = Math.Max(end, noun + 1);
            }
        }

        var draft = new Draft(kind, quantity.Min, quantity.Max, quantity.Approx, GroupNear(groupFrom ?? noun, groupUntil), Math.Min(first, quantity.First), end);
        if (PersonOf(noun < tokens.Count ? tokens[noun].Normal : "") is not null)
        {
            draft = AtLeastAfter(draft, noun + 1) is { Max: null } atLeast && draft.Max is not null ? atLeast with { End = Math.Max(end, atLeast.End) } : draft;
        }

        return Claimed(AtLeastAfter(draft, draft.End), quantity);
    }

    // "15 جندياً على الأقل": the qualifier comes after the noun.
    private Draft AtLeastAfter(Draft draft, int at)
    {
        if (at + 1 < tokens.Count && draft.Min is not null && draft.Min == draft.Max && !draft.Approx
            && tokens[at].Normal == ArabicNormalizer.Normalize("على") && tokens[at + 1].Normal == ArabicNormalizer.Normalize("الأقل"))
        {
            return draft with { Max = null, End = at + 2 };
        }

        return draft;
    }

    private Draft Plural(string kind, int first, int end, int? count) => new(kind, count, count, false, GroupNear(end), first, end);

    // "حصيلة القتلى ... إلى 43", "عدد القتلى في صفوف قوات الأمن إلى 60 على الأقل".
    private Quantity? Toll(int k)
    {
        if (!(k > 0 && TollWords.Contains(tokens[k - 1].Normal)) && !(k > 1 && TollWords.Contains(tokens[k - 2].Normal)))
        {
            return null;
        }

        for (var p = k + 1; p < Math.Min(tokens.Count - 1, k + 10) && !IsBoundary(p); p++)
        {
            if (TollLinks.Contains(tokens[p].Normal) && Read(p + 1) is { } quantity)
            {
                return quantity;
            }
        }

        return null;
    }

    private Quantity? Read(int index)
    {
        var quantity = QuantityReader.ReadAt(tokens, index);
        if (quantity is null)
        {
            return null;
        }

        for (var p = quantity.First; p < quantity.End; p++)
        {
            if (_claimed[p])
            {
                return null;
            }
        }

        return quantity;
    }

    private Draft? Claim(Draft? draft, Quantity quantity) => draft is null ? null : Claimed(draft, quantity);

    private Draft Claimed(Draft draft, Quantity quantity)
    {
        for (var p = quantity.First; p < quantity.End; p++)
        {
            _claimed[p] = true;
        }

        return draft;
    }

    private string? GroupNear(int from, int? until = null)
    {
        var stop = Math.Min(tokens.Count, until ?? from + 4);
        for (var p = from; p < stop && !IsBoundary(p); p++)
        {
            if (PersonOf(tokens[p].Normal) is { } person)
            {
                return GroupAt(p, person);
            }
        }

        return null;
    }

    // "رجال الأمن" and "عناصر الشرطة" are police, "عناصر الجيش" soldiers, whatever the head noun says alone.
    private string GroupAt(int p, Victim person)
    {
        if (p + 1 < tokens.Count)
        {
            var next = tokens[p + 1].Normal;
            if (Police.Contains(next) || (next.Length > 2 && Police.Contains(next[1..])))
            {
                return "police";
            }

            if (Army.Contains(next))
            {
                return "soldiers";
            }
        }

        return person.Group;
    }

    private int ClauseStart(int k, int window)
    {
        var floor = k;
        while (floor > 0 && floor > k - window && !IsBoundary(floor - 1))
        {
            floor--;
        }

        return floor;
    }

    private Quantity? QuantityEndingAt(int k)
    {
        for (var s = Math.Max(0, k - 4); s < k; s++)
        {
            if (Read(s) is { } quantity && quantity.End == k)
            {
                return quantity;
            }
        }

        return null;
    }

    private bool IsBoundary(int p) => tokens[p].Kind == TokenKind.Punctuation && Boundaries.Contains(tokens[p].Text);

    private (int First, int End) Sentence(int k)
    {
        var first = k;
        while (first > 0 && !(tokens[first - 1].Kind == TokenKind.Punctuation && SentenceEnds.Contains(tokens[first - 1].Text)))
        {
            first--;
        }

        var end = k;
        while (end < tokens.Count && !(tokens[end].Kind == TokenKind.Punctuation && SentenceEnds.Contains(tokens[end].Text)))
        {
            end++;
        }

        return (first, end);
    }
}
