namespace Dashboard.Cli;

/// <summary>Finds ../shared/data beside the repository, where the team keeps real data to measure on.</summary>
internal static class SharedData
{
    public static string PathOf(string file)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", file));
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data", file));
    }
}
