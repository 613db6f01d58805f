using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>Reads where data and seeds live; the embedded default needs no configuration at all.</summary>
public static class PlatformOptions
{
    public static DatabaseOptions Database(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Platform:DataFolder"];
        return new DatabaseOptions
        {
            ConnectionString = configuration.GetConnectionString("Default"),
            DataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? "data" : folder, environment.ContentRootPath),
        };
    }

    /// <summary>The configured seeds folder, else the nearest "seeds" folder above the content root or the binaries.</summary>
    public static string SeedsFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Platform:SeedsFolder"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, "curriculum.json")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("No seeds folder found; set Platform:SeedsFolder.");
    }

    /// <summary>Demo accounts and demo data: in Development and in the embedded default, unless configured otherwise.</summary>
    public static bool IncludeDemoData(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database) =>
        configuration.GetValue<bool?>("Platform:DemoData") ?? (environment.IsDevelopment() || !database.IsPostgres);
}
