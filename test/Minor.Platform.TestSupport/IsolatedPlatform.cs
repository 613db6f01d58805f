namespace Minor.Platform.TestSupport;

/// <summary>
/// A database and a data folder of one test's (or benchmark's) own, for platform processes that it starts, kills and
/// starts again; and the environment that points such a process at them, with demo accounts and without demo plans
/// or applications.
/// </summary>
public sealed class IsolatedPlatform : IAsyncDisposable
{
    private IsolatedPlatform(TestDatabase database, string dataFolder)
    {
        Database = database;
        DataFolder = dataFolder;
    }

    public TestDatabase Database { get; }

    public string DataFolder { get; }

    public static async Task<IsolatedPlatform> CreateAsync(string name) =>
        new(await TestDatabase.CreateAsync(name), Directory.CreateTempSubdirectory(name.Replace('_', '-') + "-").FullName);

    /// <summary>The process environment; <paramref name="extra"/> adds or overrides settings.</summary>
    public Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = Database.ConnectionString,
            ["Platform__DataFolder"] = DataFolder,
            ["Platform__DemoData"] = "true",
            ["Platform__Seed__DemoAssessmentPlans"] = "false",
            ["Platform__Seed__DemoApplications"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}
