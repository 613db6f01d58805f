using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// The curriculum board publishes a new version with a changed module; a coordinator sees what that would change for
/// a cohort's assessment plans and moves the cohort.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CurriculumWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheBoardPublishesAVersion_AndACoordinatorMovesACohortAfterSeeingTheChanges()
    {
        var board = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(board, DemoAccounts.CurriculumBoard);
        await board.GotoAsync("/curriculum");
        await board.GetByRole(AriaRole.Link, new() { Name = "Versies en wijzigingen" }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = "Nieuwe conceptversie" }).ClickAsync();
        await Assertions.Expect(board.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Versie 2");
        await BrowserFixture.CheckPageAsync(board, "curriculum-draft");

        await board.GetByRole(AriaRole.Link, new() { Name = "Module M1 bewerken" }).ClickAsync();
        await board.Locator("#ec").FillAsync("5,5");
        await board.Locator("#lo-code-3").FillAsync("M1.4");
        await board.Locator("#lo-nl-3").FillAsync("Reflecteert op de eigen rol in de wijk.");
        await board.Locator("#lo-en-3").FillAsync("Reflects on their own role in the neighbourhood.");
        await board.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(board.GetByText("Een leerresultaat begint met 'De student'").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(board, "curriculum-module-edit-errors");

        await board.Locator("#lo-nl-3").FillAsync("De student reflecteert op de eigen rol als opbouwwerker in de wijk.");
        await board.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();

        var change = board.Locator(".diff-list li").First;
        await Assertions.Expect(change).ToContainTextAsync("M1");
        await Assertions.Expect(change).ToContainTextAsync("Studielast van 5 naar 5,5 EC.");
        await Assertions.Expect(change).ToContainTextAsync("M1.4 De student reflecteert op de eigen rol");
        await BrowserFixture.CheckPageAsync(board, "curriculum-versions");

        var coordinator = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(coordinator, DemoAccounts.Coordinator("noord"));
        await coordinator.GotoAsync("/assessment");
        await coordinator.GetByText("Curriculumversie 1").GetByRole(AriaRole.Link, new() { Name = "wijzigen" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen tonen" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator(".diff-list")).ToContainTextAsync("M1.4");
        await BrowserFixture.CheckPageAsync(coordinator, "cohort-curriculum-preview");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen naar versie 2" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Het cohort volgt nu versie 2.");

        var phone = await browser.NewPageAsync(phone: true);
        await phone.GotoAsync("/curriculum/versies?van=1&naar=2");
        await Assertions.Expect(phone.Locator(".diff-list")).ToContainTextAsync("Gewijzigd");
        await BrowserFixture.CheckPageAsync(phone, "curriculum-versions-phone");
    }
}
