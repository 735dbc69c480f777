using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Localization;

public sealed partial class UiTextTests
{
    private static readonly string WebProject = FindWebProject();

    [Fact]
    public void EveryTextThePagesShowHasAnEnglishTranslation()
    {
        var english = Translations();
        var missing = Directory.EnumerateFiles(Path.Combine(WebProject, "Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => LocalizedKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .Where(k => !english.ContainsKey(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "no English for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void NoEnglishTextIsLeftInArabic()
    {
        var arabic = Translations().Where(t => ArabicLetters().IsMatch(t.Value) && !t.Key.StartsWith("مثال", StringComparison.Ordinal)).Select(t => t.Key).ToList();

        Assert.Empty(arabic);
    }

    [Theory]
    [InlineData("ar-EG", "تغطية الأخبار")]
    [InlineData("en-GB", "News coverage")]
    public void TheLocalizerAnswersInTheCurrentLanguage(string culture, string expected)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<UiText>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, localizer["تغطية الأخبار"].Value);
            Assert.Equal(culture == "en-GB" ? "en" : "ar", UiCulture.ChartLocale);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Dictionary<string, string> Translations() =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "UiText.en.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string FindWebProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Dashboard.Web");
            }
        }

        throw new InvalidOperationException("the repository root (Dashboard.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""\bL\["(?<key>[^"]+)"[\],]""")]
    private static partial Regex LocalizedKey();

    [GeneratedRegex(@"[\u0621-\u064A]")]
    private static partial Regex ArabicLetters();
}
