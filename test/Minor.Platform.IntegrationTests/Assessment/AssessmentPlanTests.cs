using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>The toetsmatrijs: a plan with a gap or weights off 100 % cannot be published; a published plan is fixed.</summary>
public sealed class AssessmentPlanTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Publish_RefusesGapsAndWeightsOff100_ThenFixesTheBlueprint()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var module = $"/api/v1/cohorts/{cohortId}/modules/M2";

        var empty = await lecturer.GetFromJsonAsync<JsonElement>($"{module}/assessment-plan");
        empty.GetProperty("status").GetString().ShouldBe("draft");
        Codes(empty.GetProperty("gaps")).ShouldBe(["M2.1", "M2.2", "M2.3", "M2.4"]);

        using var report = await lecturer.PostAsJsonAsync($"{module}/assessments", Report(weight: 60));
        report.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reportId = (await ReadJsonAsync(report)).GetProperty("id").GetGuid();
        report.Headers.Location!.OriginalString.ShouldBe($"/api/v1/assessments/{reportId}");

        using var withGap = await lecturer.PostAsync($"{module}/assessment-plan/publish", null);
        withGap.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var gapProblem = await ReadJsonAsync(withGap);
        gapProblem.GetProperty("code").GetString().ShouldBe("Assessment:OutcomeNotCovered");
        Codes(gapProblem.GetProperty("learningOutcomeCodes")).ShouldBe(["M2.4"]);
        gapProblem.GetProperty("title").GetString()!.ShouldContain("M2.4");

        using var presentation = await lecturer.PostAsJsonAsync($"{module}/assessments", Presentation(weight: 30));
        var presentationId = (await ReadJsonAsync(presentation)).GetProperty("id").GetGuid();
        using var offWeight = await lecturer.PostAsync($"{module}/assessment-plan/publish", null);
        offWeight.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var weightProblem = await ReadJsonAsync(offWeight);
        weightProblem.GetProperty("code").GetString().ShouldBe("Assessment:WeightsNot100");
        weightProblem.GetProperty("weightSum").GetDecimal().ShouldBe(90m);

        (await lecturer.PutAsJsonAsync($"/api/v1/assessments/{presentationId}", Presentation(weight: 40))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var published = await lecturer.PostAsync($"{module}/assessment-plan/publish", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = await ReadJsonAsync(published);
        plan.GetProperty("status").GetString().ShouldBe("published");
        plan.GetProperty("gaps").GetArrayLength().ShouldBe(0);
        var assessments = plan.GetProperty("assessments").EnumerateArray().ToList();
        assessments.Select(a => a.GetProperty("title").GetString()).ShouldBe(["Wijkanalyse-rapport", "Bewonerspresentatie"]);
        assessments[0].GetProperty("type").GetString().ShouldBe("rapport");
        assessments[0].GetProperty("weight").GetDecimal().ShouldBe(60m);
        Codes(assessments[0].GetProperty("learningOutcomeCodes")).ShouldBe(["M2.1", "M2.2", "M2.3"]);

        using var addLate = await lecturer.PostAsJsonAsync($"{module}/assessments", Presentation(weight: 10));
        (await ReadJsonAsync(addLate)).GetProperty("code").GetString().ShouldBe("Assessment:PlanPublished");
        using var deleteLate = await lecturer.DeleteAsync($"/api/v1/assessments/{reportId}");
        deleteLate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await lecturer.GetFromJsonAsync<JsonElement>($"{module}/assessment-plan")).GetProperty("assessments").GetArrayLength().ShouldBe(2);

        var csv = await lecturer.GetStringAsync($"{module}/assessment-plan.csv");
        csv.ShouldContain("Leerresultaat;Wijkanalyse-rapport (rapport, 60 %);Bewonerspresentatie (presentatie, 40 %)");
        csv.ShouldContain(";x;");

        using var pdfResponse = await lecturer.GetAsync($"{module}/assessment-plan.pdf");
        pdfResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync();
        var check = await Qpdf.CheckAsync(pdf);
        check.Ok.ShouldBeTrue(check.Output);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        document.Information.Title.ShouldBe("Toetsmatrijs M2 Wijkanalyse en participatief buurtonderzoek");
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("Wijkanalyse-rapport");
        text.ShouldContain("M2.4");
        text.ShouldContain("Elk leerresultaat wordt getoetst.");
    }

    [Fact]
    public async Task AddAssessment_BadInput_GetsADutchErrorPerFieldAndStoresNothing()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var module = $"/api/v1/cohorts/{cohortId}/modules/M2";

        using var bad = await lecturer.PostAsJsonAsync($"{module}/assessments", new
        {
            title = "", type = "quiz", weight = 120, learningOutcomeCodes = new[] { "M2.1", "M9.9" }, scale = "numeric",
            minimumGrade = 11, examinersRequired = 3, deadline = "2026-06-01T12:00:00+02:00", resitDeadline = "2026-05-01T12:00:00+02:00",
        });
        using var passFailWithWeight = await lecturer.PostAsJsonAsync($"{module}/assessments", new
        {
            title = "Intervisie", type = "aanwezigheid", weight = 10, scale = "passfail", learningOutcomeCodes = Array.Empty<string>(),
        });

        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(bad)).GetProperty("errors");
        errors.GetProperty("title")[0].GetString().ShouldBe("Geef de toets een titel.");
        errors.GetProperty("type")[0].GetString()!.ShouldContain("kennistoets");
        errors.GetProperty("weight")[0].GetString()!.ShouldContain("tussen 0 en 100");
        errors.GetProperty("learningOutcomeCodes")[0].GetString()!.ShouldContain("M9.9");
        errors.GetProperty("minimumGrade").GetArrayLength().ShouldBe(1);
        errors.GetProperty("examinersRequired").GetArrayLength().ShouldBe(1);
        errors.GetProperty("resitDeadline")[0].GetString()!.ShouldContain("na de eerste deadline");
        (await ReadJsonAsync(passFailWithWeight)).GetProperty("errors").GetProperty("weight")[0].GetString()!.ShouldContain("gewicht 0");
        (await lecturer.GetFromJsonAsync<JsonElement>($"{module}/assessment-plan")).GetProperty("assessments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Plans_OfAnotherHogeschool_AreNotFound_AndStudentsCannotShapeThem()
    {
        var noordCohort = await CohortOfAsync("noord");
        using var zuidLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        (await zuidLecturer.GetAsync($"/api/v1/cohorts/{noordCohort}/modules/M2/assessment-plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidLecturer.PostAsJsonAsync($"/api/v1/cohorts/{noordCohort}/modules/M2/assessments", Report(60))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await student.PostAsJsonAsync($"/api/v1/cohorts/{noordCohort}/modules/M2/assessments", Report(60))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await student.GetAsync($"/api/v1/cohorts/{noordCohort}/modules/M2/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        (await lecturer.GetAsync($"/api/v1/cohorts/{noordCohort}/modules/M9/assessment-plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static object Report(decimal weight) => new
    {
        title = "Wijkanalyse-rapport", type = "rapport", weight, learningOutcomeCodes = new[] { "M2.1", "M2.2", "M2.3" }, scale = "numeric",
        minimumGrade = 5.0m, examinersRequired = 2, deadline = "2026-03-20T17:00:00+01:00", resitDeadline = "2026-04-24T17:00:00+02:00",
    };

    internal static object Presentation(decimal weight) => new
    {
        title = "Bewonerspresentatie", type = "presentatie", weight, learningOutcomeCodes = new[] { "M2.4" }, scale = "numeric",
        examinersRequired = 1, deadline = "2026-03-27T17:00:00+01:00",
    };

    private static List<string?> Codes(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
