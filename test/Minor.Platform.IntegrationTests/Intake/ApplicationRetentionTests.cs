using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Intake.Jobs;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

/// <summary>
/// Refused and withdrawn applications are anonymised a year after their last step, unless held; admitted ones stay
/// with the enrolment; the national figures still count every one.
/// </summary>
public sealed class ApplicationRetentionTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task OldRefusals_AreAnonymised_HeldAndAdmittedOnesAreKept_AndTheFiguresStayWhole()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var refused = await ApplyAsync("oud.afgewezen@example.nl");
        var held = await ApplyAsync("bezwaar@example.nl");
        var recent = await ApplyAsync("recent.afgewezen@example.nl");
        var admitted = await ApplyAsync("toegelaten.teruggetrokken@example.nl");
        foreach (var id in new[] { refused, held, recent })
        {
            (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{id}/status", new { status = "Rejected", reason = "Geen plek", note = "Belde op 3 maart" }))
                .EnsureSuccessStatusCode();
        }

        (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{admitted}/admit", new { cohortId = await CohortOfAsync("noord") })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{admitted}/status", new { status = "Withdrawn", reason = "Verhuisd" })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{held}/legal-hold", new { reason = "Bezwaarprocedure loopt" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ExecuteSqlAsync($"UPDATE intake.application_steps SET at = at - interval '400 days' WHERE application_id IN ('{refused}', '{held}', '{admitted}')");
        var before = await FiguresAsync();

        var first = await RunAsync();
        var second = await RunAsync();

        first.ShouldBe(new ApplicationRetentionResult(1, 1));
        second.ShouldBe(new ApplicationRetentionResult(0, 1));
        var applications = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetGuid());
        applications[refused].GetProperty("anonymised").GetBoolean().ShouldBeTrue();
        applications[refused].GetProperty("email").GetString().ShouldBe("");
        applications[refused].GetProperty("lastName").GetString().ShouldBe("");
        applications[refused].GetProperty("status").GetString().ShouldBe("Rejected");
        (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/intake/applications/{refused}/history")).EnumerateArray()
            .ShouldAllBe(step => step.GetProperty("note").ValueKind == JsonValueKind.Null && step.GetProperty("reason").ValueKind == JsonValueKind.Null);
        applications[held].GetProperty("email").GetString().ShouldBe("bezwaar@example.nl");
        applications[held].GetProperty("legalHoldReason").GetString().ShouldBe("Bezwaarprocedure loopt");
        applications[recent].GetProperty("anonymised").GetBoolean().ShouldBeFalse();
        applications[admitted].GetProperty("email").GetString().ShouldBe("toegelaten.teruggetrokken@example.nl");
        (await FiguresAsync()).ShouldBe(before);

        (await coordinator.DeleteAsync($"/api/v1/intake/applications/{held}/legal-hold")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RunAsync()).ShouldBe(new ApplicationRetentionResult(1, 0));
    }

    private async Task<ApplicationRetentionResult> RunAsync()
    {
        using var scope = Platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationRetentionJob>().RunAsync(CancellationToken.None);
    }

    private async Task<string> FiguresAsync()
    {
        using var analyst = await SignedInAsync(DemoAccounts.Analyst);
        return (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/national/intake/periods")).GetRawText();
    }

    private async Task<Guid> ApplyAsync(string email)
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication(email, "noord", "Z2"));
        return (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
    }
}
