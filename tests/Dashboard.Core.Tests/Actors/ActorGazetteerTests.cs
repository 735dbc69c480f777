using Dashboard.Core.Actors.Gazetteer;
using Dashboard.Core.Extraction;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Actors;

public sealed class ActorGazetteerTests
{
    private static readonly ActorGazetteer Gazetteer = ActorGazetteer.Default;

    [Fact]
    public void TheShippedGazetteerKnowsHundredsOfActorsOfEveryKind()
    {
        Assert.True(Gazetteer.Entries.Count(e => e.Kind == ActorKind.Place) > 450);
        Assert.True(Gazetteer.Entries.Count(e => e.Kind == ActorKind.Organization) > 180);
        Assert.True(Gazetteer.Entries.Count(e => e.Kind == ActorKind.Person) > 150);
        Assert.True(Gazetteer.SpellingCount > 1500);
    }

    [Theory]
    [InlineData("أوباما", "باراك أوباما")]
    [InlineData("اوباما", "باراك أوباما")]
    [InlineData("باراك اوباما", "باراك أوباما")]
    [InlineData("داعش", "تنظيم الدولة الإسلامية")]
    [InlineData("تنظيم الدولة الاسلامية", "تنظيم الدولة الإسلامية")]
    [InlineData("حكومة الوحدة الوطنية", "حكومة الوفاق الوطني")]
    [InlineData("سورية", "سوريا")]
    [InlineData("أميركا", "الولايات المتحدة")]
    [InlineData("أ ف ب", "وكالة الصحافة الفرنسية")]
    [InlineData("رأي اليوم", "راي اليوم")]
    public void EverySpellingLeadsToOneCanonicalName(string spelling, string canonical) =>
        Assert.Equal(canonical, Gazetteer.Lookup(string.Join(' ', ArabicTokenizer.Tokenize(spelling).Select(t => t.Normal)))?.Canonical);

    [Fact]
    public void TheLongestSpellingWins()
    {
        var match = Assert.Single(Gazetteer.Find(Normals("اعلن الرئيس الأميركي باراك أوباما")));

        Assert.Equal((3, 5, "باراك أوباما"), (match.First, match.End, match.Entry.Canonical));
    }

    [Theory]
    [InlineData("والعراق", 1)]
    [InlineData("بسوريا", 1)]
    [InlineData("للقاهرة", 0)]
    public void AProcliticOnTheFirstWordIsLookedThrough(string word, int clitic)
    {
        var match = Assert.Single(Gazetteer.Find(Normals(word)));

        Assert.Equal(clitic, match.CliticLength);
    }

    [Fact]
    public void ALoneSurnameIsOnlyAWeakMatch() =>
        Assert.False(Assert.Single(Gazetteer.Find(Normals("قال كيري"))).Strong);

    [Fact]
    public void DataFilesAreReadWithCommentsAndSpellings()
    {
        var entries = ActorGazetteer.Parse(new StringReader("# comment\nبغداد\tبغداد|بغدد\n"), ActorKind.Place).ToList();

        Assert.Equal(["بغداد", "بغدد"], Assert.Single(entries).Spellings);
    }

    private static List<string> Normals(string text) => [.. ArabicTokenizer.Tokenize(text).Select(t => t.Normal)];
}
