using static Dashboard.Core.Demo.DemoVocabulary;

namespace Dashboard.Core.Demo;

/// <summary>Writes demo stories: attacks with casualty figures, diplomacy, and statements of organisations.</summary>
internal sealed class DemoStoryWriter(Random random)
{
    public DemoStory Write() => random.Next(100) switch
    {
        < 40 => Attack(),
        < 75 => Meeting(),
        _ => Statement(),
    };

    private DemoStory Attack()
    {
        var place = Pick(Places);
        var city = Pick(place.Cities);
        var (victims, _) = Pick(Victims);
        var attack = Pick(Attacks);
        var killed = Skewed(1, 120);
        var wounded = random.Next(3) == 0 ? 0 : Skewed(1, 200);
        var killedPhrase = Qualified(killed, victims);
        var title = random.Next(2) == 0 || killed < 3
            ? $"مقتل {killedPhrase} في {attack} في {city}"
            : $"ارتفاع حصيلة {attack} في {city} إلى {killed} {(killed <= 10 ? "قتلى" : "قتيلا")}";
        var woundedClause = wounded == 0 ? "" : $" وإصابة {ArabicCounting.People(wounded, "آخرين", random)}";
        var official = Pick(People);
        var group = Pick(Organizations);
        var paragraphs = new List<string>
        {
            $"{city} ـ {Pick(Agencies)} – أعلنت مصادر أمنية {Pick(Weekdays)} مقتل {killedPhrase}{woundedClause} في {attack} استهدف منطقة مكتظة في مدينة {city} {Pick(["شمالي", "جنوبي", "شرقي", "غربي"])} {place.Country}.",
            $"وقال مسؤول محلي رفض الكشف عن اسمه إن {Pick(["الانفجار", "الهجوم", "القصف"])} وقع قرب سوق شعبي على بعد {random.Next(3, 60)} كلم من وسط المدينة، وإن فرق الإسعاف نقلت المصابين إلى مستشفيات {place.Capital}.",
            $"ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الساعة {random.Next(8, 23)}.{random.Next(10, 59)} بالتوقيت المحلي، غير أن السلطات اتهمت {Pick(group.Spellings)} بالوقوف وراءه.",
            $"ودان {Pick(official.Spellings)} الهجوم، مؤكدا أن بلاده ستواصل دعم {place.Country} في مواجهة الإرهاب.",
        };
        if (random.Next(2) == 0)
        {
            paragraphs.Add($"وكانت الطائرات قد شنت {random.Next(5, 40)} غارة على مواقع في محيط {city} خلال الأسبوع الماضي.");
        }

        return new DemoStory(title, paragraphs, city);
    }

    private DemoStory Meeting()
    {
        var host = Pick(People);
        var guest = Pick(People.Where(p => p != host).ToArray());
        var place = Pick(Places);
        var topic = Pick(Topics);
        var title = $"{host.Spellings[^1]} يبحث مع {guest.Spellings[^1]} {topic} في {place.Capital}";
        var paragraphs = new List<string>
        {
            $"{place.Capital} ـ {Pick(Agencies)} – بحث {Pick(host.Spellings[..^1])} مع {Pick(guest.Spellings[..^1])} في {place.Capital} يوم {Pick(Weekdays)} {topic} وسبل تعزيز التعاون بين البلدين.",
            $"وقال {host.Spellings[^1]} في مؤتمر صحافي مشترك إن \"المحادثات كانت بناءة\"، مشيرا إلى أن الجانبين اتفقا على مواصلة التنسيق بشأن {Pick(Topics)}.",
            $"من جهته، أكد {guest.Spellings[^1]} أهمية الحل السياسي في {Pick(Places).Country}، داعيا {Pick(Pick(Organizations).Spellings)} إلى تحمل مسؤولياته.",
            $"وتأتي الزيارة بعد {random.Next(2, 9)} أسابيع من جولة مماثلة شملت {Pick(Places).Capital} و{Pick(Places).Capital}.",
        };
        return new DemoStory(title, paragraphs, place.Capital);
    }

    private DemoStory Statement()
    {
        var organization = Pick(Organizations);
        var place = Pick(Places);
        var title = $"{organization.Spellings[0]} {Pick(["تدعو إلى معالجة", "تحذر من تفاقم", "تطالب بحل"])} {Pick(Topics)} في {place.Country}";
        var paragraphs = new List<string>
        {
            $"{place.Capital} ـ {Pick(Agencies)} – دعت {Pick(organization.Spellings)} في بيان {Pick(Weekdays)} إلى تكثيف الجهود الدولية لمعالجة {Pick(Topics)} في {place.Country}.",
            $"وأشار البيان إلى أن {random.Next(2, 15) * 100} ألف شخص يحتاجون إلى مساعدات عاجلة، وأن نسبة التمويل لم تتجاوز {random.Next(10, 60)} في المئة.",
            $"ورحب {Pick(Pick(People).Spellings)} بالبيان، معربا عن أمله في أن يسهم في تخفيف المعاناة.",
        };
        return new DemoStory(title, paragraphs, place.Capital);
    }

    private string Qualified(int count, string victims) => random.Next(6) switch
    {
        0 when count > 2 => $"أكثر من {count - 1} {victims}",
        1 when count > 2 => $"{count} {victims} على الأقل",
        2 when count > 10 => $"نحو {count} {victims}",
        _ => ArabicCounting.People(count, victims, random),
    };

    // News reports many small tolls and few large ones.
    private int Skewed(int min, int max) => min + (int)Math.Floor(Math.Pow(random.NextDouble(), 3) * (max - min));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
