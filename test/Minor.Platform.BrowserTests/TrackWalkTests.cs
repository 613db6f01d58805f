using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>A visitor reads the tracks; the curriculum board adds one, with a bridging unit, after a first try with gaps.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrackWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Visitor_ReadsTheTracks_AndTheBoardAddsOne()
    {
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Leerroutes" }).ClickAsync();
        var z2 = visitor.GetByRole(AriaRole.Article, new() { Name = "Z2 Zij-instromer uit een ander domein" });
        await Assertions.Expect(z2).ToContainTextAsync("BRUG: Basis sociaal werk en beroepsethiek");
        await Assertions.Expect(z2).ToContainTextAsync("2 semester(s)");
        await BrowserFixture.CheckPageAsync(visitor, "tracks");

        var board = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(board, DemoAccounts.CurriculumBoard);
        await board.GetByRole(AriaRole.Link, new() { Name = "Leerroutes" }).ClickAsync();
        await board.GetByRole(AriaRole.Link, new() { Name = "Nieuwe leerroute" }).ClickAsync();
        await board.GetByLabel("Code", new() { Exact = true }).First.FillAsync("Z4");
        await board.GetByRole(AriaRole.Button, new() { Name = "Leerroute opslaan" }).ClickAsync();
        await Assertions.Expect(board.GetByText("Vul dit veld in.").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(board, "track-edit-errors");

        await board.GetByLabel("Naam (Engels)").First.FillAsync("Lateral entrant from education");
        await board.GetByLabel("Naam", new() { Exact = true }).First.FillAsync("Zij-instromer uit het onderwijs");
        await board.GetByLabel("Beschrijving", new() { Exact = true }).FillAsync("Voor leraren die opbouwwerker willen worden.");
        await board.GetByLabel("Beschrijving (Engels)").FillAsync("For teachers who want to become community workers.");
        await board.GetByLabel("Toelatingseisen", new() { Exact = true }).FillAsync("Een onderwijsbevoegdheid.");
        await board.GetByLabel("Toelatingseisen (Engels)").FillAsync("A teaching qualification.");
        await board.GetByLabel("M2: vrijstelling mogelijk").CheckAsync();
        await board.Locator("#unit-code-0").FillAsync("ETHIEK");
        await board.Locator("#unit-name-0").FillAsync("Beroepsethiek sociaal werk");
        await board.GetByRole(AriaRole.Button, new() { Name = "Leerroute opslaan" }).ClickAsync();

        var z4 = board.GetByRole(AriaRole.Article, new() { Name = "Z4 Zij-instromer uit het onderwijs" });
        await Assertions.Expect(z4).ToContainTextAsync("ETHIEK: Beroepsethiek sociaal werk");
        await Assertions.Expect(z4).ToContainTextAsync("M2");
        await BrowserFixture.CheckPageAsync(board, "tracks-board");
    }
}
