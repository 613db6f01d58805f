namespace Minor.Platform.UnitTests;

/// <summary>Finds the repository root from the test binaries, for tests that read the source tree.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Minor.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Minor.Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
