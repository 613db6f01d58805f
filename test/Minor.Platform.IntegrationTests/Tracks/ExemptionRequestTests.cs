using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>EVC: a lateral entrant asks for an exemption with evidence; the examencommissie of their hogeschool reads it and decides.</summary>
public sealed class ExemptionRequestTests(PlatformFactory platform) : PlatformTest(platform)
{
    private static readonly byte[] Portfolio = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

    [Fact]
    public async Task Request_WithEvidence_IsDecidedByTheExamBoard_AndThePlanFollows()
    {
        using var student = await AdmittedStudentAsync("noord", "Z1", "wijkteam.sanne@example.nl");

        using var created = await RequestAsync(student, "M1", "Tien jaar wijkteam; de Canon ken ik van binnen en van buiten.", ("portfolio.pdf", Portfolio));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var request = await ReadJsonAsync(created);
        request.GetProperty("status").GetString().ShouldBe("open");
        var evidence = request.GetProperty("evidence")[0];
        evidence.GetProperty("name").GetString().ShouldBe("portfolio.pdf");
        evidence.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Portfolio)));

        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        var open = (await examBoard.GetFromJsonAsync<JsonElement>("/api/v1/exemption-requests?open=true")).EnumerateArray().Single();
        open.GetProperty("studentName").GetString().ShouldBe("Fatima El Amrani");
        (await examBoard.GetByteArrayAsync($"/api/v1/exemption-evidence/{evidence.GetProperty("id").GetGuid()}")).ShouldBe(Portfolio);
        using var zuidBoard = await SignedInAsync(DemoAccounts.ExamBoard("zuid"));
        (await zuidBoard.GetFromJsonAsync<JsonElement>("/api/v1/exemption-requests")).GetArrayLength().ShouldBe(0);
        (await zuidBoard.GetAsync($"/api/v1/exemption-evidence/{evidence.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var decided = await examBoard.PostAsJsonAsync($"/api/v1/exemption-requests/{open.GetProperty("id").GetGuid()}/decision",
            new { decision = "granted", reason = "Portfolio toont alle leerresultaten van M1 aan." });
        using var twice = await examBoard.PostAsJsonAsync($"/api/v1/exemption-requests/{open.GetProperty("id").GetGuid()}/decision",
            new { decision = "refused", reason = "Toch niet" });

        decided.StatusCode.ShouldBe(HttpStatusCode.OK);
        twice.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var mine = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/exemption-requests")).EnumerateArray().Single();
        mine.GetProperty("status").GetString().ShouldBe("granted");
        var plan = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/study-plan");
        plan.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("exempted");
    }

    [Fact]
    public async Task PartlyDecision_OnARequestForSomeOutcomes_ExemptsThoseOutcomes()
    {
        using var student = await AdmittedStudentAsync("noord", "Z1", "wijkteam.kees@example.nl");
        using var created = await RequestAsync(student, "M3", "Ik werk methodisch in mijn wijk.", ("verslag.pdf", Portfolio), outcomes: ["M3.1", "M3.2"]);
        var requestId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));

        using var decided = await examBoard.PostAsJsonAsync($"/api/v1/exemption-requests/{requestId}/decision", new { decision = "partly", reason = "M3.1 en M3.2 aangetoond." });

        decided.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/study-plan");
        var m3 = plan.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "M3");
        m3.GetProperty("kind").GetString().ShouldBe("replaced");
        m3.GetProperty("exemptedOutcomes").EnumerateArray().Select(o => o.GetString()).ShouldBe(["M3.1", "M3.2"]);
    }

    [Fact]
    public async Task BadRequests_AreRefusedAndStoreNothing()
    {
        using var student = await AdmittedStudentAsync("noord", "Z1", "wijkteam.ilse@example.nl");

        using var notInTrack = await RequestAsync(student, "M2", "Graag.", ("bewijs.pdf", Portfolio));
        using var noEvidence = await RequestAsync(student, "M1", "Graag.");
        using var program = await RequestAsync(student, "M1", "", ("bewijs.pdf", "MZ\u0090\0\u0003"u8.ToArray()));
        using var wrongOutcome = await RequestAsync(student, "M1", "Graag.", ("bewijs.pdf", Portfolio), outcomes: ["M4.1"]);

        (await ErrorsAsync(notInTrack)).ShouldBe(["moduleCode"]);
        (await ErrorsAsync(noEvidence)).ShouldBe(["files"]);
        (await ErrorsAsync(program)).ShouldBe(["motivation", "files"], ignoreOrder: true);
        (await ErrorsAsync(wrongOutcome)).ShouldBe(["learningOutcomeCodes"]);
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/exemption-requests")).GetArrayLength().ShouldBe(0);
    }

    private static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        return (await ReadJsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }

    private static Task<HttpResponseMessage> RequestAsync(
        HttpClient student, string module, string motivation, (string Name, byte[] Content)? file = null, string[]? outcomes = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(module), "moduleCode" }, { new StringContent(motivation), "motivation" } };
        foreach (var outcome in outcomes ?? [])
        {
            form.Add(new StringContent(outcome), "learningOutcomeCodes");
        }

        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "files", f.Name);
        }

        return student.PostAsync("/api/v1/me/exemption-requests", form);
    }

    private async Task<HttpClient> AdmittedStudentAsync(string institution, string track, string email)
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication(email, institution, track));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator(institution));
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = await CohortOfAsync(institution) });
        admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await ActivateAsync(email);
    }
}
