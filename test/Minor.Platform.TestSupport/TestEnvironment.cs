namespace Minor.Platform.TestSupport;

/// <summary>What etc/test.sh provides: a PostgreSQL server and a Chromium binary.</summary>
public static class TestEnvironment
{
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("MINOR_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "MINOR_TEST_POSTGRES is not set. Run the tests with `bash etc/test.sh`, which starts PostgreSQL for them.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("MINOR_TEST_CHROMIUM") ?? "/usr/bin/chromium";
}
