using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

/// <summary>The intake pipeline: moves with dates and notes, reasons where the rules ask, steps back, duplicates flagged.</summary>
public sealed class IntakePipelineTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Coordinator_MovesAnApplicationThroughThePipeline_WithReasonsWhereNeeded_AndTheHistoryKeepsEveryStep()
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("sanne.de.boer@example.nl", "midden", "Z2"));
        var id = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("midden"));
        var url = $"/api/v1/intake/applications/{id}";

        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "intakePlanned", plannedFor = "2026-12-08T10:00:00+01:00", note = "Gesprek met Sanne en mentor" }))
            .EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "IntakeHeld" })).EnsureSuccessStatusCode();
        using var refusedSilently = await coordinator.PostAsJsonAsync($"{url}/status", new { status = "rejected" });
        (await ReadJsonAsync(refusedSilently)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("reden");
        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "rejected", reason = "Geen praktijkplek gevonden" })).EnsureSuccessStatusCode();
        using var backSilently = await coordinator.PostAsJsonAsync($"{url}/status", new { status = "intakeHeld" });
        backSilently.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "intakeHeld", reason = "Praktijkplek alsnog rond" })).EnsureSuccessStatusCode();

        var cohortId = await CohortOfAsync("midden");
        (await coordinator.PostAsJsonAsync($"{url}/admit", new { cohortId })).EnsureSuccessStatusCode();
        using var admitByStatus = await coordinator.PostAsJsonAsync($"{url}/status", new { status = "admitted" });
        (await ReadJsonAsync(admitByStatus)).GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "started" })).EnsureSuccessStatusCode();
        using var backAfterStart = await coordinator.PostAsJsonAsync($"{url}/status", new { status = "submitted", reason = "Vergissing" });
        (await ReadJsonAsync(backAfterStart)).GetProperty("code").GetString().ShouldBe("Intake:TransitionNotAllowed");
        (await coordinator.PostAsJsonAsync($"{url}/status", new { status = "stopped", reason = "Verhuisd naar het buitenland" })).EnsureSuccessStatusCode();

        var history = (await coordinator.GetFromJsonAsync<JsonElement>($"{url}/history")).EnumerateArray().ToList();
        history.Select(s => s.GetProperty("to").GetString()).ShouldBe(["IntakePlanned", "IntakeHeld", "Rejected", "IntakeHeld", "Admitted", "Started", "Stopped"]);
        history[0].GetProperty("plannedFor").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        history[0].GetProperty("note").GetString().ShouldBe("Gesprek met Sanne en mentor");
        history[3].GetProperty("reason").GetString().ShouldBe("Praktijkplek alsnog rond");
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
        list.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id).GetProperty("status").GetString().ShouldBe("Stopped");

        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.PostAsJsonAsync($"{url}/status", new { status = "completed" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuid.GetAsync($"{url}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CompletedMinor_ClosesTheApplicationAsCompleted_ThroughStarted()
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("lotte.visser@example.nl", "zuid", "REG"));
        var id = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        var cohortId = await CohortOfAsync("zuid");
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{id}/admit", new { cohortId });
        var studentId = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));

        foreach (var module in CohortBuilder.Modules)
        {
            await ModuleGrades.PublishAsync(lecturer, cohortId, module, studentId, 7.5m);
        }

        var history = await EventuallyAsync(
            () => coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/intake/applications/{id}/history"),
            h => h.EnumerateArray().Any(s => s.GetProperty("to").GetString() == "Completed"),
            "the application to be completed");
        history.EnumerateArray().Select(s => s.GetProperty("to").GetString()).ShouldBe(["Admitted", "Started", "Completed"]);
    }

    [Fact]
    public async Task Applications_WithTheSameEmailInAYear_AreFlaggedAsPossibleDuplicates()
    {
        using var anonymous = Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("Jan.Jansen@example.nl", "noord", "REG"))).EnsureSuccessStatusCode();
        (await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication(" jan.jansen@EXAMPLE.nl", "noord", "Z1"))).EnsureSuccessStatusCode();
        (await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("piet@example.nl", "noord", "REG"))).EnsureSuccessStatusCode();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        var list = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray().ToList();

        list.Where(a => a.GetProperty("email").GetString()!.Contains("jansen", StringComparison.OrdinalIgnoreCase))
            .ShouldAllBe(a => a.GetProperty("possibleDuplicate").GetBoolean());
        list.Single(a => a.GetProperty("email").GetString() == "piet@example.nl").GetProperty("possibleDuplicate").GetBoolean().ShouldBeFalse();
    }
}
