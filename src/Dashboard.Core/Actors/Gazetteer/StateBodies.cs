using Dashboard.Core.Extraction;

namespace Dashboard.Core.Actors.Gazetteer;

/// <summary>
/// The bodies every state has, built from the adjectives in <c>demonyms.tsv</c>: its ministries,
/// government, army, armed forces, presidency and foreign ministry spokesman's ministry, each
/// written the ways outlets write it ("وزارة الخارجية العراقية"، "الخارجية العراقية").
/// </summary>
internal static class StateBodies
{
    private static readonly string[] Ministries =
    [
        "الخارجية", "الداخلية", "الدفاع", "المالية", "الصحة", "التعليم", "التربية", "العدل", "الاقتصاد", "النفط", "الإعلام", "العمل",
        "الزراعة", "النقل", "الاتصالات", "الكهرباء", "الطاقة", "التجارة", "الصناعة", "السياحة", "الثقافة", "الأوقاف", "البيئة", "الإسكان",
    ];

    public static IEnumerable<GazetteerEntry> From(TextReader demonyms)
    {
        while (demonyms.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                continue;
            }

            var (masculine, feminine) = (columns[1].Trim(), columns[2].Trim());
            foreach (var ministry in Ministries)
            {
                yield return Organization($"وزارة {ministry} {feminine}", $"{ministry} {feminine}");
            }

            yield return Organization($"الحكومة {feminine}", $"الحكومة {feminine}");
            yield return Organization($"الجيش {masculine}", $"الجيش {masculine}", $"القوات المسلحة {feminine}");
            yield return Organization($"الرئاسة {feminine}", $"الرئاسة {feminine}");
            yield return Organization($"البرلمان {masculine}", $"البرلمان {masculine}");
            yield return Organization($"السفارة {feminine}", $"السفارة {feminine}");
        }
    }

    private static GazetteerEntry Organization(string canonical, params string[] spellings) =>
        new(ActorKind.Organization, canonical, [canonical, .. spellings], Descriptive: true);
}
