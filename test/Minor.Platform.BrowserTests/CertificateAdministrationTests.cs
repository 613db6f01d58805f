using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>A coordinator revokes a certificate from the overview; a student asks for a transcript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificateAdministrationTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Coordinator_RevokesACertificate_AndVerificationShowsIt()
    {
        await PublishPassAsync("noord", "M1");
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Coordinator("noord"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Certificaten", Exact = true }).ClickAsync();
        var issued = page.GetByText("Uitgereikt", new() { Exact = true });
        for (var attempt = 0; attempt < 60 && await issued.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
        }

        await Assertions.Expect(issued).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "certificates-admin");

        await page.GetByText("Acties", new() { Exact = true }).Last.ClickAsync();
        await page.GetByLabel("Reden").FillAsync("Toegekend aan de verkeerde student");
        await page.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het certificaat is ingetrokken.");
        await BrowserFixture.CheckPageAsync(page, "certificates-admin-revoked");
        await page.Locator("#main a.font-monospace").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit certificaat is ingetrokken" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Toegekend aan de verkeerde student")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "verify-revoked");
    }

    [Fact]
    public async Task Coordinator_IssuesAWholeCohort_FollowsTheProgress_AndDownloadsTheZip()
    {
        await PublishPassAsync("midden", "M1");
        await PublishPassAsync("midden", "M3");
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Coordinator("midden"));
        await page.GotoAsync("/certificates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Alles uitreiken" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Klaar" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 van 2 certificaten uitgereikt, 0 mislukt.");
        await BrowserFixture.CheckPageAsync(page, "certificates-bulk");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download alle pdf's (zip)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".zip");
        using var zip = System.IO.Compression.ZipFile.OpenRead((await download.PathAsync())!);
        zip.Entries.Select(e => e.Name).ShouldBe(["Daan Verhoeven.pdf"], "one PDF per student, with both certificates");
    }

    [Fact]
    public async Task Student_RequestsATranscript()
    {
        await PublishPassAsync("zuid", "M2");
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Student("zuid"));
        await page.GotoAsync("/my/certificates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cijferlijst aanvragen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je cijferlijst wordt gemaakt");
        var transcript = page.GetByRole(AriaRole.Heading, new() { Name = "Cijferlijst", Exact = true });
        await Assertions.Expect(transcript).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "my-certificates-transcript");
    }

    [Fact]
    public async Task Student_FindsTheirDataExport_AndTheStatementPagesPassAxe()
    {
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Student("midden"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Daan Verhoeven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn gegevens" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "my-data");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download mijn gegevens (zip)" }).ClickAsync());
        using (var zip = System.IO.Compression.ZipFile.OpenRead((await download.PathAsync())!))
        {
            zip.GetEntry("identity.json").ShouldNotBeNull();
        }

        foreach (var (path, name) in new[] { ("/toegankelijkheid", "accessibility"), ("/privacy", "privacy"), ("/verify", "verify-empty"), ("/bestaat-niet", "not-found") })
        {
            await page.GotoAsync(path);
            await BrowserFixture.CheckPageAsync(page, name);
        }
    }

    private async Task PublishPassAsync(string institution, string module)
    {
        using var api = browser.Platform.CreateAnonymousClient();
        async Task<string> TokenAsync(string email)
        {
            using var response = await api.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = email, ["password"] = DemoAccounts.Password,
            }));
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        }

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(DemoAccounts.Student(institution)));
        var studentId = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(DemoAccounts.Lecturer(institution)));
        var cohortId = (await api.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
        await ModuleGrades.PublishAsync(api, cohortId, module, studentId, 7.0m);
    }
}
