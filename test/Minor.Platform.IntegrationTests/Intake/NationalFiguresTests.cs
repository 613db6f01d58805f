using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Features.National;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

/// <summary>
/// Sociaal Werk Nederland's figures through the swn-reporting client: aggregates over every hogeschool, small cells
/// suppressed with their complements, and nothing for anyone else.
/// </summary>
public sealed class NationalFiguresTests(PlatformFactory platform) : PlatformTest(platform)
{
    private static readonly string Period = DutchTime.ToLocal(DateTimeOffset.UtcNow).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheFigures_AreKeptForAMinute_AndOnlyThen()
    {
        await ApplyAsync("noord", 7, sector: "Politie");
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await using var scope = Platform.Services.CreateAsyncScope();
        NationalFigures With(string seconds) => new(
            scope.ServiceProvider.GetRequiredService<IntakeDbContext>(),
            scope.ServiceProvider.GetRequiredService<IIdentityQueries>(),
            new ConfigurationBuilder().AddInMemoryCollection([new("Platform:National:CacheSeconds", seconds)]).Build(),
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<IntakeResource>>(),
            cache);

        (await With("60").ForPeriodAsync(Period, "track", CancellationToken.None)).Total.Applications.ShouldBe(7);
        await ApplyAsync("noord", 2, sector: "Politie");

        (await With("60").ForPeriodAsync(Period, "track", CancellationToken.None)).Total.Applications.ShouldBe(7, "read from the cache");
        (await With("0").ForPeriodAsync(Period, "track", CancellationToken.None)).Total.Applications.ShouldBe(9, "without a cache, the database");
    }

    [Fact]
    public async Task ByInstitution_HidesACohortOfFour_AndTheCellThatWouldRevealItThroughTheTotal()
    {
        await ApplyAsync("noord", 7, sector: "Politie");
        await ApplyAsync("midden", 6, sector: "Welzijn");
        await ApplyAsync("zuid", 4, sector: "Zorg");
        await AdmitAndStartAsync("noord", 5);
        using var swn = await ReportingClientAsync();

        var figures = await swn.GetFromJsonAsync<JsonElement>($"/api/v1/national/intake?period={Period}&groupBy=institution");

        figures.GetProperty("period").GetInt32().ShouldBe(int.Parse(Period, System.Globalization.CultureInfo.InvariantCulture));
        figures.GetProperty("groupBy").GetString().ShouldBe("institution");
        figures.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        var cells = figures.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        cells.Keys.ShouldBe(["midden", "noord", "zuid"], ignoreOrder: true);
        cells["noord"].GetProperty("applications").GetInt64().ShouldBe(7);
        cells["zuid"].GetProperty("applications").ValueKind.ShouldBe(JsonValueKind.Null);
        // 7 + 6 + 4 is known from the other groupings: with 6 shown, 4 would follow; so 6 is hidden too.
        cells["midden"].GetProperty("applications").ValueKind.ShouldBe(JsonValueKind.Null);
        cells["noord"].GetProperty("admitted").GetInt64().ShouldBe(5);
        cells["noord"].GetProperty("started").GetInt64().ShouldBe(5);
        cells["zuid"].GetProperty("admitted").GetInt64().ShouldBe(0);
        cells["noord"].GetProperty("completed").GetInt64().ShouldBe(0);
        cells["noord"].GetProperty("droppedOut").GetInt64().ShouldBe(0);
        cells["noord"].EnumerateObject().Select(p => p.Name)
            .ShouldBe(["key", "applications", "admitted", "started", "completed", "droppedOut"]);
        figures.GetRawText().ShouldNotContain("@example.nl");
    }

    [Fact]
    public async Task BySector_GroupsRegardlessOfCaseAndSpacing_AndPutsARareSectorUnderOther()
    {
        await ApplyAsync("noord", 3, sector: "Politie");
        await ApplyAsync("noord", 3, sector: "  POLITIE ");
        await ApplyAsync("midden", 6, sector: "welzijn");
        await ApplyAsync("zuid", 2, sector: "Brandweer Zuidoost");
        await ApplyAsync("zuid", 2, sector: "woningcorporatie");
        using var swn = await ReportingClientAsync();

        var figures = await swn.GetFromJsonAsync<JsonElement>($"/api/v1/national/intake?period={Period}&groupBy=sector");

        var cells = figures.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        cells.Keys.ShouldBe(["politie", "welzijn", "woningcorporatie", "other"], ignoreOrder: true);
        cells["politie"].GetProperty("applications").GetInt64().ShouldBe(6);
        cells["welzijn"].GetProperty("applications").GetInt64().ShouldBe(6);
        cells["other"].GetProperty("applications").ValueKind.ShouldBe(JsonValueKind.Null);
        figures.GetRawText().ShouldNotContain("Brandweer", Case.Insensitive);
    }

    [Fact]
    public async Task ByExperienceAndRegion_UseBandsAndProvinces()
    {
        await ApplyAsync("noord", 5, sector: "Zorg", years: 12, region: "groningen");
        await ApplyAsync("midden", 5, sector: "Zorg", years: 3, region: "Utrecht");
        using var swn = await ReportingClientAsync();

        var experience = await swn.GetFromJsonAsync<JsonElement>($"/api/v1/national/intake?period={Period}&groupBy=experience");
        var region = await swn.GetFromJsonAsync<JsonElement>($"/api/v1/national/intake?period={Period}&groupBy=region");

        experience.GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("key").GetString(), c.GetProperty("applications").GetInt64()))
            .ShouldBe([("2-4", 5L), ("10+", 5L)]);
        region.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ShouldBe(["Groningen", "Utrecht"]);
        region.GetProperty("suppressed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Csv_KeepsSuppressedCountsSuppressed()
    {
        await ApplyAsync("noord", 8, sector: "Zorg");
        await ApplyAsync("zuid", 3, sector: "Zorg");
        await ApplyAsync("midden", 6, sector: "Zorg");
        using var swn = await ReportingClientAsync();

        using var response = await swn.GetAsync($"/api/v1/national/intake.csv?period={Period}&groupBy=institution");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        csv.ShouldContain("Hogeschool Noord;8;0;0;0;0");
        csv.ShouldContain("Hogeschool Zuid;<5;0;0;0;0");
        csv.ShouldContain("Hogeschool Midden;<5;0;0;0;0");
        csv.ShouldContain("Totaal;17;0;0;0;0");
    }

    [Theory]
    [InlineData("period=twintig&groupBy=track", "period")]
    [InlineData("period=2026&groupBy=name", "groupBy")]
    [InlineData("groupBy=track", "period")]
    public async Task BadQuery_IsAProblemWithTheFieldNamed(string query, string field)
    {
        using var swn = await ReportingClientAsync();

        using var response = await swn.GetAsync($"/api/v1/national/intake?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("examboard")]
    [InlineData("admin")]
    public async Task OnlyTheNationalAnalyst_ReadsTheFigures(string who)
    {
        var email = who switch
        {
            "coordinator" => DemoAccounts.Coordinator("noord"),
            "examboard" => DemoAccounts.ExamBoard("noord"),
            _ => DemoAccounts.Admin,
        };
        using var client = await SignedInAsync(email);

        using var response = await client.GetAsync($"/api/v1/national/intake?period={Period}&groupBy=track");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Periods_GiveTheTimeSeries()
    {
        await ApplyAsync("noord", 6, sector: "Zorg");
        using var analyst = await SignedInAsync(DemoAccounts.Analyst);

        var series = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/national/intake/periods");

        var only = series.EnumerateArray().Single();
        only.GetProperty("period").GetInt32().ShouldBe(int.Parse(Period, System.Globalization.CultureInfo.InvariantCulture));
        only.GetProperty("figures").GetProperty("applications").GetInt64().ShouldBe(6);
    }

    private async Task<HttpClient> ReportingClientAsync()
    {
        var client = Anonymous();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "swn-reporting", ["client_secret"] = "swn-demo-secret", ["scope"] = "api",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await ReadJsonAsync(response)).GetProperty("access_token").GetString());
        return client;
    }

    private int _applicants;

    private async Task ApplyAsync(string institution, int count, string sector, int years = 4, string region = "Utrecht")
    {
        using var anonymous = Anonymous();
        for (var i = 0; i < count; i++)
        {
            _applicants++;
            using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", new
            {
                firstName = "Aanmelder",
                lastName = $"Nummer {_applicants}",
                email = $"aanmelder{_applicants}@example.nl",
                institutionCode = institution,
                trackCode = "Z2",
                background = new { sector, yearsExperience = years, educationLevel = "mbo", region },
                motivation = "Ik wil de wijk versterken.",
                consent = true,
            });
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    private async Task AdmitAndStartAsync(string institution, int count)
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator(institution));
        var cohortId = await CohortOfAsync(institution);
        var applications = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray()
            .Select(a => a.GetProperty("id").GetGuid()).Take(count).ToList();
        foreach (var id in applications)
        {
            using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{id}/admit", new { cohortId });
            admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var started = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{id}/status", new { status = "Started" });
            started.IsSuccessStatusCode.ShouldBeTrue();
        }
    }
}
