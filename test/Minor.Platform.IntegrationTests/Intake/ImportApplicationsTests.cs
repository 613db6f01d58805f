using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

/// <summary>The coordinator's CSV import: all rows or none, errors by line number, and a second import adds nothing twice.</summary>
public sealed class ImportApplicationsTests(PlatformFactory platform) : PlatformTest(platform)
{
    private const string Header = "Voornaam;Achternaam;E-mailadres;Leerroute;Sector;Jaren werkervaring;Vooropleiding;Provincie;Motivatie;Datum verzoek tot inschrijving";

    private static readonly string CleanFile = "\uFEFF" + string.Join("\r\n",
        Header,
        "Sanne;de Vries;sanne.devries@example.nl;Z2;Politie;8;mbo;Utrecht;Als wijkagent wil ik bewoners verbinden.;15-03-2026",
        "Łukasz;Wiśniewski;lukasz.w@example.nl;REG;Bibliotheek;3;overig;noord-holland;\"Ik organiseer al leesclubs; nu de wijk.\";2026-04-01",
        "Thu;Nguyễn;thu.nguyen@example.nl;Z1;Welzijn;12;hbo;Gelderland;Opbouwwerk is mijn vak.;1-5-2026") + "\r\n";

    [Fact]
    public async Task CleanFile_IsImportedForTheCoordinatorsOwnHogeschool_AndASecondImportAddsNothing()
    {
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var first = await ImportAsync(noord, CleanFile);
        using var second = await ImportAsync(noord, CleanFile);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await ReadJsonAsync(first);
        result.GetProperty("imported").GetInt32().ShouldBe(3);
        result.GetProperty("alreadyPresent").GetInt32().ShouldBe(0);
        var again = await ReadJsonAsync(second);
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("alreadyPresent").GetInt32().ShouldBe(3);
        var applications = (await noord.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray().ToList();
        applications.Count.ShouldBe(3);
        var lukasz = applications.Single(a => a.GetProperty("email").GetString() == "lukasz.w@example.nl");
        lukasz.GetProperty("lastName").GetString().ShouldBe("Wiśniewski");
        lukasz.GetProperty("region").GetString().ShouldBe("Noord-Holland");
        lukasz.GetProperty("educationLevel").GetString().ShouldBe("other");
        lukasz.GetProperty("status").GetString().ShouldBe("Submitted");
        lukasz.GetProperty("submittedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.FromHours(2)));
        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task FileWithErrors_StoresNothing_AndNamesEveryBadLine()
    {
        var file = string.Join("\n",
            Header,
            "Sanne;de Vries;sanne.devries@example.nl;Z2;Politie;8;mbo;Utrecht;Motivatie.;15-03-2026",
            "Kees;Jansen;geen-adres;Z2;Politie;8;mbo;Utrecht;Motivatie.;15-03-2026",
            "Anna;Smit;anna@example.nl;REG;Zorg;4;hbo;Amersfoort;\"Twee regels:",
            "de wijk en het werk.\";31-02-2026",
            "Sanne;Kopie;SANNE.DEVRIES@example.nl;Z2;Politie;8;mbo;Utrecht;Motivatie.;15-03-2026",
            "Piet;Klaassen;piet@example.nl;X9;Politie;veel;phd;Utrecht;;15-03-2026");
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var response = await ImportAsync(noord, file);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(response)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["line 3", "line 4", "line 6", "line 7"], ignoreOrder: true);
        Messages(errors, "line 3").ShouldBe(["E-mailadres: Dit is geen geldig e-mailadres."]);
        Messages(errors, "line 4").ShouldBe(
            ["Provincie: Kies de provincie waar je woont of werkt.", "Datum verzoek tot inschrijving: Vul een datum in als dd-mm-jjjj."], ignoreOrder: true);
        Messages(errors, "line 6").ShouldBe(["Dit e-mailadres staat ook op regel 2."]);
        Messages(errors, "line 7").Count.ShouldBe(4);
        (await noord.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("Voornaam;Achternaam\nSanne;de Vries\n", "line 1")]
    [InlineData("", "file")]
    [InlineData(Header + "\n\n", "file")]
    public async Task FileWithoutTheColumnsOrRows_IsRefused(string file, string key)
    {
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var response = await ImportAsync(noord, file);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(key, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Template_IsAFileTheImportAccepts()
    {
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var template = await noord.GetByteArrayAsync("/api/v1/intake/applications/import-template.csv");

        using var response = await ImportAsync(noord, Encoding.UTF8.GetString(template));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(response)).GetProperty("imported").GetInt32().ShouldBe(1);
    }

    private static IReadOnlyList<string> Messages(JsonElement errors, string key) =>
        errors.GetProperty(key).EnumerateArray().Select(m => m.GetString()!).ToList();

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/intake/applications/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
