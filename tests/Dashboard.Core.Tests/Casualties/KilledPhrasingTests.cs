namespace Dashboard.Core.Tests.Casualties;

public sealed class KilledPhrasingTests
{
    [Theory]
    [InlineData("أعلنت الشرطة مقتل 14 شخصا في انفجار بسوق شعبي", "killed 14..14")]
    [InlineData("قتل 9 جنود في كمين نصبه مسلحون", "killed 9..9")]
    [InlineData("وقتل ثلاثة مدنيين بقصف مدفعي", "killed 3..3")]
    [InlineData("لقي 27 شخصا حتفهم في حادث سير", "killed 27..27")]
    [InlineData("لقي شخصان حتفهما إثر انهيار مبنى", "killed 2..2")]
    [InlineData("استشهد خمسة فلسطينيين برصاص قوات الاحتلال", "killed 5..5")]
    [InlineData("أسفر الهجوم عن سقوط 13 قتيلا", "killed 13..13")]
    [InlineData("ارتفعت حصيلة القتلى إلى 43", "killed 43..43")]
    [InlineData("ارتفع عدد القتلى في صفوف الجيش إلى 60 على الأقل", "killed 60..-")]
    [InlineData("وأوقع الانفجار 22 قتيلا", "killed 22..22")]
    [InlineData("وتسبب الحريق في وفاة 11 شخصا", "killed 11..11")]
    [InlineData("عثر على 6 جثث في ضواحي المدينة", "killed 6..6")]
    [InlineData("مصرع 4 أشخاص في تصادم قطارين", "killed 4..4")]
    [InlineData("قال مسؤول إن 30 مسلحا قتلوا في الاشتباكات", "killed 30..30")]
    [InlineData("مقتل جندي وإصابة اثنين آخرين", "killed 1..1", "wounded 2..2")]
    [InlineData("مقتل ١٧ مدنيا في غارة", "killed 17..17")]
    [InlineData("عثر على جثث 5 أشخاص في النهر", "killed 5..5")]
    [InlineData("أعدم المسلحون 12 شخصا في الساحة العامة", "killed 12..12")]
    [InlineData("أودى الانفجار بحياة 9 أشخاص", "killed 9..9")]
    [InlineData("سقط 13 مسلحا في الاشتباكات", "killed 13..13")]
    [InlineData("قتل 7 وجرح 12 في القصف", "killed 7..7", "wounded 12..12")]
    public void KilledIsReadFromItsManyVerbsAndNouns(string text, params string[] expected) =>
        Assert.Equal(expected, Extracted.Scored(text));
}
