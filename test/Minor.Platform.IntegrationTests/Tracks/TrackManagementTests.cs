using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.TestSupport;
using Minor.Platform.Web.Infrastructure;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>The curriculum board adds and changes tracks; new students get plans from the new definition, earlier plans stay.</summary>
public sealed class TrackManagementTests(PlatformFactory platform) : PlatformTest(platform)
{
    private static object Z4(string code = "Z4") => new
    {
        code,
        name = "Zij-instromer uit het onderwijs",
        nameEn = "Lateral entrant from education",
        description = "Voor leraren en onderwijsassistenten die opbouwwerker willen worden.",
        descriptionEn = "For teachers and teaching assistants who want to become community workers.",
        entryRequirements = "Een onderwijsbevoegdheid en twee jaar werkervaring.",
        entryRequirementsEn = "A teaching qualification and two years of experience.",
        exemptible = new[] { "M2" },
        replaced = Array.Empty<object>(),
        bridgingUnits = new[] { new { code = "ETHIEK", name = "Beroepsethiek sociaal werk", nameEn = "Professional ethics in social work" } },
        durationSemesters = 2,
    };

    [Fact]
    public async Task NewTrack_IsOffered_AndGivesItsStudentsItsPlan()
    {
        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);

        using var created = await board.PostAsJsonAsync("/api/v1/tracks", Z4());

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var anonymous = Anonymous();
        var tracks = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/tracks");
        tracks.EnumerateArray().Select(t => t.GetProperty("code").GetString()).ShouldContain("Z4");
        using var applied = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("juf.annemiek@example.nl", "zuid", "Z4"));
        var applicationId = (await ReadJsonAsync(applied)).GetProperty("id").GetGuid();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = await CohortOfAsync("zuid") });
        var studentId = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();
        var plan = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/study-plan");
        plan.GetProperty("items").EnumerateArray().Last().GetProperty("code").GetString().ShouldBe("ETHIEK");
        plan.GetProperty("items").EnumerateArray().Last().GetProperty("kind").GetString().ShouldBe("bridging");
    }

    [Fact]
    public async Task ChangedTrack_AppliesToNewPlansOnly_AndSurvivesTheSeeder()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        using var anonymous = Anonymous();
        using var applied = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("eerder@example.nl", "noord", "Z1"));
        var applicationId = (await ReadJsonAsync(applied)).GetProperty("id").GetGuid();
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = await CohortOfAsync("noord") });
        var earlier = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();
        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);

        using var changed = await board.PutAsJsonAsync("/api/v1/tracks/Z1", Z4("Z1"));
        await PlatformInitializer.InitializeAsync(Platform.Services, Platform.Services.GetRequiredService<SeedContext>(), CancellationToken.None);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var z1 = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/tracks/Z1");
        z1.GetProperty("name").GetString().ShouldBe("Zij-instromer uit het onderwijs");
        z1.GetProperty("exemptible").EnumerateArray().Select(m => m.GetString()).ShouldBe(["M2"]);
        var plan = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{earlier}/study-plan");
        plan.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldNotContain("ETHIEK");
        plan.GetProperty("items")[2].GetProperty("kind").GetString().ShouldBe("replaced", "the plan was made with the old Z1");
    }

    [Fact]
    public async Task BadTracks_AreRefused_AndOnlyTheBoardMayWrite()
    {
        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var bad = await board.PostAsJsonAsync("/api/v1/tracks", new
        {
            code = "M1", name = "", nameEn = "x", description = "x", descriptionEn = "x", entryRequirements = "x", entryRequirementsEn = "x",
            exemptible = new[] { "M9" }, replaced = new[] { new { module = "M3", note = "" } },
            bridgingUnits = new[] { new { code = "M2", name = "Dubbel" } }, durationSemesters = 9,
        });
        using var taken = await board.PostAsJsonAsync("/api/v1/tracks", Z4("REG"));
        using var notBoard = await coordinator.PostAsJsonAsync("/api/v1/tracks", Z4());

        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(bad)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(
            ["code", "name", "durationSemesters", "exemptible", "replaced[0].note", "bridgingUnits[0].code"], ignoreOrder: true);
        taken.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        notBoard.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = Anonymous();
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/tracks")).GetArrayLength().ShouldBe(4);
    }
}
