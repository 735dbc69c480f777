using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Core.Casualties;

/// <summary>
/// The words of casualty reporting, keyed by normalised form: casualty verbs and nouns with their
/// kind and role, nouns that name people with their victim group, units that show a number counts
/// something else, and the cues of negation, hypotheses, disease and sport.
/// </summary>
internal static class CasualtyLexicon
{
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    public const string Both = "casualties";
    public const string Arrested = "arrested";

    public static readonly FrozenDictionary<string, Trigger> Triggers = Build(
    [
        (new Trigger(Killed, TriggerRole.Event), ["قتل", "قتلت", "يقتل", "تقتل", "مقتل", "مصرع", "استشهد", "استشهدت", "استشهاد", "وفاة", "توفي", "توفيت", "إعدام", "أعدم", "أودى", "ضحيتها", "ضحيته", "ضحيتهم", "سقوط", "سقط"]),
        (new Trigger(Killed, TriggerRole.After), ["قتلوا", "قتلا", "قتلتا", "استشهدوا", "توفوا", "مصرعهم", "مصرعهما", "مصرعه", "مصرعها", "حتفهم", "حتفهما", "حتفه", "حتفها"]),
        (new Trigger(Killed, TriggerRole.Victim), ["قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "ضحايا", "ضحية", "جثة", "جثث"]),
        (new Trigger(Killed, TriggerRole.Victim, 2), ["قتيلان", "قتيلين", "شهيدان", "شهيدين", "شهيدي", "جثتين", "جثتي"]),
        (new Trigger(Wounded, TriggerRole.Event), ["أصيب", "أصيبت", "يصاب", "تصاب", "إصابة", "جرح", "جرحت", "يجرح", "أصاب", "أصابت"]),
        (new Trigger(Wounded, TriggerRole.After), ["أصيبوا", "أصيبا", "أصيبتا", "جرحوا"]),
        (new Trigger(Wounded, TriggerRole.Victim), ["جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون", "إصابات"]),
        (new Trigger(Wounded, TriggerRole.Victim, 2), ["جريحان", "جريحين", "مصابان"]),
        (new Trigger(Arrested, TriggerRole.Event), ["اعتقال", "اعتقل", "اعتقلت", "أسر", "أسرت", "ضبط", "ضبطوا"]),
    ]);

    public static readonly FrozenDictionary<string, Victim> People = BuildVictims(
    [
        ("people", ["شخص", "شخصا"], ["شخصان", "شخصين"], ["أشخاص", "آخرين", "آخرون", "أفراد", "شبان", "طلاب", "العاملين", "عمال", "مشجعي", "ركاب", "حجاج", "زوار"]),
        ("people", ["آخر", "ثالث", "شاب", "شابا", "طالب", "طالبا", "رجل", "أحدهم", "أحدهما", "أحدها", "أبي", "ابن", "ابنه", "زوج", "شقيق", "مرافق"], ["آخران", "آخرين اثنين", "شابين", "شابان", "رجلين"], []),
        ("civilians", ["مدني", "مدنيا", "مواطن", "مواطنا"], ["مدنيان", "مواطنان", "مواطنين اثنين"], ["مدنيين", "مدنيون", "مواطنين", "مواطنون", "سكان", "أبرياء", "سياح", "مدنيي"]),
        ("soldiers", ["جندي", "جنديا", "عسكري", "عسكريا", "ضابط", "ضابطا"], ["جنديان", "جنديين", "عسكريين اثنين", "ضابطين", "ضابطي"], ["جنود", "عسكريين", "عسكريون", "ضباط", "جنودا"]),
        ("police", ["شرطي", "شرطيا"], ["شرطيان", "شرطيين"], ["رجال", "منسوبي", "عناصر الشرطة", "شرطة"]),
        ("fighters", ["مسلح", "مسلحا", "مقاتل", "مقاتلا", "عنصر", "عنصرا", "إرهابي", "إرهابيا", "متمرد", "متمردا", "حوثي", "حوثيا", "جهادي", "قيادي", "قياديا", "قائد", "انتحاري"], ["مسلحان", "إرهابيان", "إرهابيين اثنين", "مقاتلان", "متمردان"], ["مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "عناصر", "إرهابيين", "متمردين", "حوثيين", "جهاديين", "مسلحي", "مليشيات", "ميليشيات", "قادة", "مقاتلي", "متشددين"]),
        ("children", ["طفل", "طفلا", "طفلة", "صبي", "رضيع"], ["طفلين", "طفلان"], ["أطفال", "أطفالا"]),
        ("women", ["امرأة", "سيدة", "فتاة", "زوجته", "متمردة"], ["امرأتين", "امرأتان", "سيدتين", "فتاتين"], ["نساء", "فتيات", "سيدات"]),
    ]);

    public static readonly FrozenSet<string> Units = Set(
    [
        "غارة", "غارات", "كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "أمتار", "ميل", "دولار", "دولارا", "ريال", "ريالا", "يورو", "جنيه", "درهم", "دينار",
        "عام", "عاما", "سنة", "سنوات", "أعوام", "يوم", "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "شهر", "شهرا", "أشهر", "أسبوع", "أسابيع",
        "بالمئة", "بالمائة", "المئة", "%", "٪", "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "طائرة", "طائرات", "دبابة", "دبابات", "منزل", "منازل", "مبنى", "مباني",
        "طن", "طنا", "رسالة", "شركة", "شركات", "فعالية", "زائر", "متقدم", "لاعب", "لاعبا", "مقعد", "مقعدا", "مقاعد", "صوت", "صوتا", "أصوات", "مرة", "مرات", "هجوم", "هجمات",
        "عملية", "عمليات", "ذخيرة", "ذخائر", "الذخائر", "تغ", "غ", "كيلوغرام", "لتر", "برميل", "سيارة", "سيارات", "مركبة", "قرية", "موقع", "مواقع",
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "هـ", "م",
    ]);

    public static readonly FrozenSet<string> Negations = Set(["نفى", "نفت", "ينفي", "تنفي", "لم", "عدم", "دون", "يمكن", "ربما", "يهدد", "تهدد", "هدد", "يخشى", "خشية", "محاولة", "سيؤدي", "تفادي", "لتجنب", "منع"]);

    public static readonly FrozenSet<string> Disease = Set(
    [
        "تسمم", "بتسمم", "التسمم", "مرض", "بمرض", "المرض", "بالمرض", "أمراض", "فيروس", "بفيروس", "الفيروس", "بالفيروس", "فيروسات", "كورونا", "بكورونا", "السكتة", "بالسكتة",
        "سرطان", "بالسرطان", "الإيدز", "إنفلونزا", "الإنفلونزا", "عدوى", "الأوبئة", "وباء", "الوباء", "بالحمى", "مزمنة", "الكبد", "الأمراض",
        "القلبية", "القلب", "السكري", "بالسكري", "التدخين", "الملاريا", "الكوليرا", "بالكوليرا", "الإيبولا", "إيبولا", "الحصبة", "السل",
    ]);

    public static readonly FrozenSet<string> Sport = Set(
    [
        "لاعب", "اللاعب", "لاعبي", "نجم", "الملاعب", "المباراة", "مباراة", "تدريبات", "الكاحل", "الركبة", "العضلة", "ظهره", "الدوري", "المنتخب", "الهدف", "هدف", "دقة", "الثنائي", "تعافيهم",
    ]);

    public static readonly FrozenSet<string> TollWords = Set(["حصيلة", "الحصيلة", "عدد", "ارتفاع", "ارتفعت", "ارتفع", "بلغ", "بلغت"]);

    public static readonly FrozenSet<string> Breakdown = Set(["بينهم", "بينهن", "منهم", "منهن", "منها", "بينها"]);

    /// <summary>The trigger of a normalised token, looking through its clitics.</summary>
    public static Trigger? TriggerOf(string normal)
    {
        foreach (var stem in Clitics.Stems(normal))
        {
            if (Triggers.TryGetValue(stem, out var trigger))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>The people noun of a normalised token, looking through its clitics; with <paramref name="possessive"/>, through a possessive ending too ("وطفلها").</summary>
    public static Victim? PersonOf(string normal, bool possessive = false)
    {
        foreach (var stem in Clitics.Stems(normal))
        {
            if (People.TryGetValue(stem, out var victim))
            {
                return victim;
            }

            foreach (var ending in possessive ? Possessives : [])
            {
                if (stem.Length - ending.Length >= 3 && stem.EndsWith(ending, StringComparison.Ordinal) && People.TryGetValue(stem[..^ending.Length], out var owned) && owned.Count == 1)
                {
                    return owned;
                }
            }
        }

        return null;
    }

    private static readonly string[] Possessives = ["هما", "هم", "ها", "ه"];

    public static bool IsUnit(string normal) => Clitics.Stems(normal).Any(Units.Contains);

    private static FrozenDictionary<string, Trigger> Build((Trigger Trigger, string[] Words)[] rows) =>
        rows.SelectMany(r => r.Words.Select(w => (Key: ArabicNormalizer.Normalize(w), r.Trigger))).DistinctBy(p => p.Key).ToFrozenDictionary(p => p.Key, p => p.Trigger);

    private static FrozenDictionary<string, Victim> BuildVictims((string Group, string[] Singular, string[] Dual, string[] Plural)[] rows) =>
        rows.SelectMany(r => r.Singular.Select(w => (w, new Victim(r.Group, 1)))
                .Concat(r.Dual.Select(w => (w, new Victim(r.Group, 2))))
                .Concat(r.Plural.Select(w => (w, new Victim(r.Group, null)))))
            .Where(p => !p.w.Contains(' ', StringComparison.Ordinal))
            .Select(p => (Key: ArabicNormalizer.Normalize(p.w), Victim: p.Item2))
            .DistinctBy(p => p.Key)
            .ToFrozenDictionary(p => p.Key, p => p.Victim);

    private static FrozenSet<string> Set(string[] words) => words.Select(ArabicNormalizer.Normalize).ToFrozenSet();
}
