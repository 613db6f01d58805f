using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

/// <summary>
/// The process is killed while a large CSV import is being written (halfway through its rows), and started again: nothing of the file was stored,
/// importing it again stores every row once, and a third import adds nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportCrashTests : IAsyncLifetime
{
    private const int Rows = 5000;
    private IsolatedPlatform? _isolated;

    public async Task InitializeAsync() => _isolated = await IsolatedPlatform.CreateAsync("minor_import");

    public async Task DisposeAsync() => await _isolated!.DisposeAsync();

    [Fact]
    public async Task Import_KilledWhileWriting_StoresNothing_AndTheRetryStoresEveryRowOnce()
    {
        var csv = new StringBuilder("Voornaam;Achternaam;E-mailadres;Leerroute;Sector;Jaren werkervaring;Vooropleiding;Provincie;Motivatie;Datum verzoek tot inschrijving\n");
        for (var i = 1; i <= Rows; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Aanmelder;Nummer {i};aanmelder{i}@example.nl;Z2;Politie;{i % 30};mbo;Utrecht;Ik wil de wijk versterken.;{1 + (i % 28)}-3-2026\n");
        }

        await using (var first = await PlatformProcess.StartAsync(Environment()))
        {
            using var coordinator = await CohortBuilder.SignedInAsync(first.BaseAddress, DemoAccounts.Coordinator("noord"));
            await using var hold = await InsertHold.CreateAsync(Database, "intake.applications", $"NEW.email = 'aanmelder{Rows / 2}@example.nl'");
            var import = coordinator.PostAsync("/api/v1/intake/applications/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            await hold.UntilHeldAsync();
            await first.KillAsync();
            await Should.ThrowAsync<HttpRequestException>(import, "the coordinator never saw the import acknowledged");
        }

        (await CountAsync()).ShouldBe(0, "one transaction: a file half-written is not stored at all");

        await using var second = await PlatformProcess.StartAsync(Environment());
        using var again = await CohortBuilder.SignedInAsync(second.BaseAddress, DemoAccounts.Coordinator("noord"));
        var retried = await ImportAsync(again, csv.ToString());
        var third = await ImportAsync(again, csv.ToString());

        retried.GetProperty("imported").GetInt32().ShouldBe(Rows);
        third.GetProperty("imported").GetInt32().ShouldBe(0);
        third.GetProperty("alreadyPresent").GetInt32().ShouldBe(Rows);
        (await CountAsync()).ShouldBe(Rows);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient coordinator, string csv)
    {
        using var response = await coordinator.PostAsync("/api/v1/intake/applications/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<long> CountAsync() => Database.ScalarAsync("SELECT count(*) FROM intake.applications");

    private Dictionary<string, string> Environment() => _isolated!.Environment();

    private TestDatabase Database => _isolated!.Database;
}
