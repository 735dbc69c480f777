namespace Dashboard.Core.Search;

/// <summary>Cuts a text into plain and marked segments, and finds the passage of a body to show as a search snippet.</summary>
public static class MarkedText
{
    /// <summary>
    /// The text as segments with the marks applied; where marks overlap the one starting first wins
    /// (the longer on a tie), and marks outside the text are ignored.
    /// </summary>
    public static IReadOnlyList<TextSegment> Apply(string text, IEnumerable<TextMark> marks) => Apply(text, 0, text.Length, marks);

    /// <summary>The segments of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static IReadOnlyList<TextSegment> Apply(string text, int start, int end, IEnumerable<TextMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var segments = new List<TextSegment>();
        var position = start;
        foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end && m.End > m.Start)
                     .OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < position)
            {
                continue;
            }

            if (mark.Start > position)
            {
                segments.Add(new TextSegment(text[position..mark.Start]));
            }

            segments.Add(new TextSegment(text[mark.Start..mark.End], mark));
            position = mark.End;
        }

        if (position < end)
        {
            segments.Add(new TextSegment(text[position..end]));
        }

        return segments;
    }

    /// <summary>
    /// About <paramref name="width"/> characters of <paramref name="body"/> around its first hit for the
    /// query, cut at word boundaries, with every hit marked; the opening of the body when nothing hits.
    /// An ellipsis is added where the passage is cut.
    /// </summary>
    public static IReadOnlyList<TextSegment> Snippet(string body, IReadOnlyCollection<string> queryTerms, int width = 180)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(queryTerms);
        var hits = SearchTerms.Hits(body, queryTerms);
        var centre = hits.Count > 0 ? hits[0].Start : 0;
        var start = hits.Count > 0 ? Math.Max(0, centre - (width / 3)) : 0;
        var end = Math.Min(body.Length, start + width);
        start = WordStart(body, start);
        end = WordEnd(body, end);
        var segments = new List<TextSegment>();
        if (start > 0)
        {
            segments.Add(new TextSegment("… "));
        }

        segments.AddRange(Apply(body, start, end, hits).Select(s => s with { Text = s.Text.Replace('\n', ' ') }));
        if (end < body.Length)
        {
            segments.Add(new TextSegment(" …"));
        }

        return segments;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
