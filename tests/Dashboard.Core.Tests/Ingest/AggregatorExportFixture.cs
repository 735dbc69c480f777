namespace Dashboard.Core.Tests.Ingest;

/// <summary>Writes an article in the aggregator's export shape: site line, repeated title, dateline, paragraphs.</summary>
internal static class AggregatorExportFixture
{
    public const string Title = "مقتل 12 شخصا في انفجار سيارة مفخخة في بغداد";
    public const string Outlet = "راي اليوم";
    public const string Dateline = "2017-01-19 00:00:00 - المصدر: " + Outlet;

    public static readonly string[] Paragraphs =
    [
        "بغداد ـ (أ ف ب) – قتل 12 شخصا واصيب 30 آخرون بجروح في انفجار سيارة مفخخة الخميس.",
        "وقال مصدر في الشرطة ان “الانفجار وقع قرب سوق شعبي”.",
    ];

    public static string Write(int titleRepeats = 3, string newline = "\n")
    {
        var lines = new List<string> { "اخبار العراق الان", "", Title, "" };
        lines.AddRange(Enumerable.Repeat(Title, titleRepeats - 1));
        lines.AddRange(["", Dateline, "", ""]);
        foreach (var paragraph in Paragraphs)
        {
            lines.Add(paragraph);
            lines.Add("");
        }

        return string.Join(newline, lines);
    }
}
