using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.TestSupport;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// The demo seeds that the test host switches off (the migrated application history, the toetsplannen with their
/// deadlines in Dutch time) also load into PostgreSQL, as they do for `docker compose` and `bench/`: PostgreSQL takes
/// only UTC timestamps, which once stopped the platform at start-up.
/// </summary>
public sealed class DemoSeedsOnPostgresTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task TheDemoHistoryAndToetsplannen_LoadIntoPostgres()
    {
        var defaults = new ConfigurationBuilder().Build();
        var seeds = Platform.Services.GetRequiredService<SeedContext>() with { IncludeDemoData = true };
        await using var scope = Platform.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        await new IntakeSeeder(services.GetRequiredService<IntakeDbContext>(), services.GetRequiredService<IIdentityQueries>(), defaults)
            .SeedAsync(seeds, CancellationToken.None);
        await new AssessmentSeeder(
                services.GetRequiredService<AssessmentDbContext>(), services.GetRequiredService<ITracksQueries>(), services.GetRequiredService<ICurriculumQueries>(),
                defaults, services.GetRequiredService<IStringLocalizer<AssessmentResource>>())
            .SeedAsync(seeds, CancellationToken.None);

        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var applications = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM intake.applications WHERE email LIKE '%{IntakeSeeder.DemoDomain}'", connection);
        Convert.ToInt32(await applications.ExecuteScalarAsync()).ShouldBeGreaterThan(100);
        await using var deadlines = new Npgsql.NpgsqlCommand("SELECT count(*) FROM assessment.assessments WHERE deadline IS NOT NULL", connection);
        Convert.ToInt32(await deadlines.ExecuteScalarAsync()).ShouldBeGreaterThan(0);
    }
}
