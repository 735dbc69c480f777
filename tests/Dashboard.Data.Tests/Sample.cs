using Dashboard.Core.Articles;

namespace Dashboard.Data.Tests;

/// <summary>Small articles with Arabic text for the data tests.</summary>
internal static class Sample
{
    public static Article Article(string source, string published, string body = "مقتل 12 شخصا في انفجار في بغداد.", string title = "انفجار في بغداد") =>
        new(title, source, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [body, "وقالت الشرطة إن التحقيق جار."]);
}
