using Dashboard.Core.Actors;
using Dashboard.Core.Extraction;

namespace Dashboard.Core.Tests.Actors;

public sealed class ActorExtractorTests
{
    private static readonly ActorExtractor Extractor = ActorExtractor.Default;

    [Theory]
    [InlineData("وقال اوباما إن بلاده ستواصل الضغط")]
    [InlineData("وقال أوباما إن بلاده ستواصل الضغط")]
    [InlineData("وقال باراك أوباما إن بلاده ستواصل الضغط")]
    [InlineData("وقال الرئيس الأميركي باراك أوباما إن بلاده ستواصل الضغط")]
    public void SpellingsAndTitlesMergeIntoOnePerson(string text)
    {
        var person = Assert.Single(Extractor.Extract(text), m => m.Kind == ActorKind.Person);

        Assert.Equal("باراك أوباما", person.Canonical);
        Assert.DoesNotContain("الرئيس", person.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortFormLaterInTheTextIsTheFullNameItShortens()
    {
        var mentions = Extractor.Extract("وقال المتحدث جورج ليتلمان للصحفيين إن العملية مستمرة. وأضاف ليتلمان أن القوات تتقدم.");

        Assert.Equal(["جورج ليتلمان", "جورج ليتلمان"], mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Canonical));
    }

    [Theory]
    [InlineData("وصل الوفد إلى القاهرة أمس", "القاهرة", ActorKind.Place)]
    [InlineData("أعلن تنظيم داعش مسؤوليته عن الهجوم", "تنظيم الدولة الإسلامية", ActorKind.Organization)]
    [InlineData("دعت الأمم المتحدة إلى وقف القتال", "الأمم المتحدة", ActorKind.Organization)]
    [InlineData("وتوجه الوزير إلى سورية", "سوريا", ActorKind.Place)]
    public void KnownActorsAreFoundWithTheirKind(string text, string canonical, ActorKind kind) =>
        Assert.Contains(Extractor.Extract(text), m => m.Canonical == canonical && m.Kind == kind);

    [Theory]
    [InlineData("والعراق يشهد أزمة", "العراق")]
    [InlineData("قصف في بسوريا", "سوريا")]
    public void AConjunctionOrPrepositionIsNotPartOfTheMention(string text, string mention) =>
        Assert.Contains(Extractor.Extract(text), m => m.Text == mention);

    [Theory]
    [InlineData("واشنطن\u00A0ـ (أ ف ب) – اعلن وزير الدفاع الاميركي اشتون كارتر الخميس ان اكثر من 80 مقاتلا قتلوا")]
    [InlineData("وتأتي زيارة حفتر بعد أقل من أسبوع على مغادرة فايز السراج، رئيس المجلس الرئاسي لحكومة الوفاق الوطني في ليبيا، للقاهرة")]
    public void EveryMentionIsTheExactTextBetweenItsOffsets(string text) =>
        Assert.All(Extractor.Extract(text), m => Assert.Equal(m.Text, text[m.Start..m.End]));
}
