namespace Dashboard.Core.Tests;

/// <summary>The ../shared folder beside the checkout, present on the team's machines and CI, absent in a user's clone.</summary>
internal static class SharedFolder
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                var shared = System.IO.Path.Combine(folder.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
