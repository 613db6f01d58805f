using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Vier-ogen grading, calibration, publication, changes with a reason, the grade log and computed module results.</summary>
public sealed class GradingTests(PlatformFactory platform) : AssessmentTest(platform)
{
    [Fact]
    public async Task TwoExaminers_GradeBlind_Calibrate_Publish_AndTheModuleResultFollows()
    {
        var (cohortId, reportId, presentationId) = await PublishedM2PlanAsync();
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var first = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var second = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var firstGrade = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m, feedback = "Sterke analyse van de buurt." });
        firstGrade.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(firstGrade)).GetProperty("state").GetString().ShouldBe("awaitingExaminers");

        var blind = Line(await second.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{reportId}/grades"), zoe);
        blind.GetProperty("examinersGraded").GetInt32().ShouldBe(1);
        blind.GetProperty("others").GetArrayLength().ShouldBe(0, "the second examiner grades blind");
        blind.GetProperty("mine").ValueKind.ShouldBe(JsonValueKind.Null);

        using var secondGrade = await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 8.5m });
        (await ReadJsonAsync(secondGrade)).GetProperty("state").GetString().ShouldBe("needsCalibration");
        var revealed = Line(await second.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{reportId}/grades"), zoe);
        revealed.GetProperty("others")[0].GetProperty("grade").GetDecimal().ShouldBe(7.0m);

        using var nothingFinal = await first.PostAsync($"/api/v1/assessments/{reportId}/grades/publish", null);
        (await ReadJsonAsync(nothingFinal)).GetProperty("code").GetString().ShouldBe("Assessment:NothingToPublish");
        using var noReason = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades/{zoe}/calibration", new { grade = 7.8m });
        (await ReadJsonAsync(noReason)).GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("reden");
        using var calibrated = await first.PostAsJsonAsync(
            $"/api/v1/assessments/{reportId}/grades/{zoe}/calibration", new { grade = 7.8m, reason = "Kalibratiegesprek 12 maart" });
        var settled = await ReadJsonAsync(calibrated);
        settled.GetProperty("state").GetString().ShouldBe("final");
        settled.GetProperty("grade").GetDecimal().ShouldBe(7.8m);
        (await first.PostAsJsonAsync($"/api/v1/assessments/{presentationId}/grades", new { studentId = zoe, grade = 6.0m })).EnsureSuccessStatusCode();

        var beforePublication = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M2/progress");
        beforePublication.GetProperty("assessments").EnumerateArray().ShouldAllBe(a => a.GetProperty("grade").ValueKind == JsonValueKind.Null);
        beforePublication.GetProperty("result").GetProperty("outcome").GetString().ShouldBe("incomplete");
        (await student.GetAsync($"/api/v1/assessments/{reportId}/grades")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var publishReport = await first.PostAsync($"/api/v1/assessments/{reportId}/grades/publish", null);
        (await ReadJsonAsync(publishReport)).GetProperty("published").GetInt32().ShouldBe(1);
        var halfway = await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/results");
        Result(halfway, zoe).GetProperty("code").GetString().ShouldBe("ND");
        (await first.PostAsync($"/api/v1/assessments/{presentationId}/grades/publish", null)).EnsureSuccessStatusCode();

        var results = await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/results");
        var result = Result(results, zoe);
        result.GetProperty("grade").GetDecimal().ShouldBe(7.1m); // 0.6 × 7.8 + 0.4 × 6.0 = 7.08
        result.GetProperty("outcome").GetString().ShouldBe("passed");
        await IssuedCertificateAsync(student, "M2");

        var progress = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M2/progress");
        progress.GetProperty("result").GetProperty("grade").GetDecimal().ShouldBe(7.1m);
        var report = progress.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == reportId);
        report.GetProperty("grade").GetDecimal().ShouldBe(7.8m);
        report.GetProperty("feedback")[0].GetString().ShouldBe("Sterke analyse van de buurt.");
        progress.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("status").GetString()).ShouldAllBe(s => s == "achieved");
    }

    [Fact]
    public async Task Change_AfterPublication_NeedsAReason_IsLogged_AndOnlyTheExamBoardReadsTheLog()
    {
        var (cohortId, reportId, presentationId) = await PublishedM2PlanAsync();
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var first = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var second = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m });
        await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.6m });
        await first.PostAsJsonAsync($"/api/v1/assessments/{presentationId}/grades", new { studentId = zoe, grade = 6.0m });
        await first.PostAsync($"/api/v1/assessments/{reportId}/grades/publish", null);
        await first.PostAsync($"/api/v1/assessments/{presentationId}/grades/publish", null);
        Result(await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/results"), zoe)
            .GetProperty("grade").GetDecimal().ShouldBe(6.8m); // mean 7.3; 0.6 × 7.3 + 0.4 × 6.0 = 6.78

        using var regrade = await first.PostAsJsonAsync($"/api/v1/assessments/{presentationId}/grades", new { studentId = zoe, grade = 9.0m });
        (await ReadJsonAsync(regrade)).GetProperty("code").GetString().ShouldBe("Assessment:GradePublished");
        using var noReason = await first.PutAsJsonAsync($"/api/v1/assessments/{presentationId}/grades/{zoe}", new { grade = 3.0m });
        noReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var changed = await first.PutAsJsonAsync(
            $"/api/v1/assessments/{presentationId}/grades/{zoe}", new { grade = 3.0m, reason = "Telfout in de beoordeling hersteld" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        var result = Result(await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/results"), zoe);
        result.GetProperty("grade").GetDecimal().ShouldBe(5.6m); // 4.38 + 1.2 = 5.58
        result.GetProperty("outcome").GetString().ShouldBe("passed");

        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        var log = (await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/audit/grades?studentId={zoe}")).EnumerateArray().ToList();
        log.Select(e => e.GetProperty("event").GetString()).Order().ShouldBe(
            ["changed", "graded", "graded", "graded", "published", "published"]);
        var change = log.Single(e => e.GetProperty("event").GetString() == "changed");
        change.GetProperty("oldGrade").GetDecimal().ShouldBe(6.0m);
        change.GetProperty("newGrade").GetDecimal().ShouldBe(3.0m);
        change.GetProperty("reason").GetString().ShouldBe("Telfout in de beoordeling hersteld");
        change.GetProperty("changedByName").GetString().ShouldNotBeNullOrEmpty();
        change.GetProperty("assessmentTitle").GetString().ShouldBe("Bewonerspresentatie");

        (await first.GetAsync($"/api/v1/audit/grades?studentId={zoe}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var zuidBoard = await SignedInAsync(DemoAccounts.ExamBoard("zuid"));
        (await zuidBoard.GetFromJsonAsync<JsonElement>($"/api/v1/audit/grades?studentId={zoe}")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Grade_BadInputOrWrongPerson_ChangesNothing()
    {
        var (_, reportId, _) = await PublishedM2PlanAsync();
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        var zuidStudent = await MyIdAsync(DemoAccounts.Student("zuid"));
        using var first = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var second = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        using var zuidLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));

        using var tooPrecise = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 5.55m });
        using var outOfRange = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 10.5m });
        using var passFailOnNumeric = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, passed = true });
        using var notEnrolled = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zuidStudent, grade = 7.0m });
        using var otherSchool = await zuidLecturer.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m });

        (await ReadJsonAsync(tooPrecise)).GetProperty("errors").GetProperty("grade")[0].GetString()!.ShouldContain("1,0 en 10,0");
        outOfRange.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        passFailOnNumeric.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(notEnrolled)).GetProperty("errors").TryGetProperty("studentId", out _).ShouldBeTrue();
        otherSchool.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var line = Line(await second.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{reportId}/grades"), zoe);
        line.GetProperty("examinersGraded").GetInt32().ShouldBe(0);

        await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m });
        await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m });
        using var sameAgain = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.2m });
        (await ReadJsonAsync(sameAgain)).GetProperty("grade").GetDecimal().ShouldBe(7.1m, "an examiner may revise their own grade before publication");
    }

    [Fact]
    public async Task AnonymousAssessment_HidesTheNameFromExaminersAndTheGradebook_UntilPublication()
    {
        var cohortId = await CohortOfAsync("noord");
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var created = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/assessments", new
        {
            title = "Kennistoets", type = "kennistoets", weight = 100, scale = "numeric", anonymous = true,
            learningOutcomeCodes = new[] { "M1.1", "M1.2", "M1.3" },
        });
        var id = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        (await lecturer.PostAsync($"/api/v1/cohorts/{cohortId}/modules/M1/assessment-plan/publish", null)).EnsureSuccessStatusCode();
        (await lecturer.PostAsJsonAsync($"/api/v1/assessments/{id}/grades", new { studentId = zoe, grade = 6.4m })).EnsureSuccessStatusCode();

        var before = Line(await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}/grades"), zoe);
        before.GetProperty("studentName").GetString().ShouldBeEmpty();
        before.GetProperty("candidateNumber").GetString()!.Length.ShouldBe(6);
        var body = await lecturer.GetStringAsync($"/api/v1/assessments/{id}/grades");
        body.ShouldNotContain("Đurić");
        var cell = (await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?module=M1"))
            .GetProperty("rows")[0].GetProperty("grades").GetProperty(id.ToString());
        cell.GetProperty("grade").ValueKind.ShouldBe(JsonValueKind.Null);

        (await lecturer.PostAsync($"/api/v1/assessments/{id}/grades/publish", null)).EnsureSuccessStatusCode();
        var after = Line(await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}/grades"), zoe);
        after.GetProperty("studentName").GetString().ShouldBe("Zoë Đurić-Şahin");
        after.GetProperty("candidateNumber").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task ExamRegulation_WholeGradeRounding_AppliesToNewResults()
    {
        var cohortId = await CohortOfAsync("noord");
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        (await examBoard.GetFromJsonAsync<JsonElement>("/api/v1/exam-regulation")).GetProperty("moduleResultRounding").GetString().ShouldBe("oneDecimalHalfUp");
        using var unknown = await examBoard.PutAsJsonAsync("/api/v1/exam-regulation", new { moduleResultRounding = "naarBeneden" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await examBoard.PutAsJsonAsync("/api/v1/exam-regulation", new { moduleResultRounding = "wholeGradeHalfUp" })).EnsureSuccessStatusCode();

        var zoe = await PublishResultAsync("noord", "M1", 5.4m);

        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var result = Result(await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M1/results"), zoe);
        result.GetProperty("grade").GetDecimal().ShouldBe(5m);
        result.GetProperty("outcome").GetString().ShouldBe("failed");
        result.GetProperty("code").GetString().ShouldBe("NV");
        using var zuidBoard = await SignedInAsync(DemoAccounts.ExamBoard("zuid"));
        (await zuidBoard.GetFromJsonAsync<JsonElement>("/api/v1/exam-regulation")).GetProperty("moduleResultRounding").GetString().ShouldBe("oneDecimalHalfUp");
    }

    [Fact]
    public async Task Gradebook_ShowsSettledGradesAndResults_FiltersAndExportsCsvAndXlsx()
    {
        var (cohortId, reportId, presentationId) = await PublishedM2PlanAsync();
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var first = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var second = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.0m });
        await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 7.6m });
        await first.PostAsJsonAsync($"/api/v1/assessments/{presentationId}/grades", new { studentId = zoe, grade = 6.0m });
        (await first.PostAsync($"/api/v1/assessments/{reportId}/grades/publish", null)).EnsureSuccessStatusCode();
        await ModuleGrades.PublishAsync(first, cohortId, "M1", zoe, 8.0m);

        var book = await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?module=M2");
        book.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ShouldBe(["Wijkanalyse-rapport", "Bewonerspresentatie"]);
        var row = book.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("studentId").GetGuid() == zoe);
        var report = row.GetProperty("grades").GetProperty(reportId.ToString());
        report.GetProperty("grade").GetDecimal().ShouldBe(7.3m);
        report.GetProperty("published").GetBoolean().ShouldBeTrue();
        row.GetProperty("grades").GetProperty(presentationId.ToString()).GetProperty("published").GetBoolean().ShouldBeFalse();
        row.GetProperty("results").GetProperty("M2").GetProperty("code").GetString().ShouldBe("ND");
        (await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?module=M2&outcome=passed")).GetProperty("rows").GetArrayLength().ShouldBe(0);
        (await first.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?outcome=passed")).GetProperty("modules").GetArrayLength().ShouldBe(2);

        var csv = await first.GetStringAsync($"/api/v1/cohorts/{cohortId}/gradebook.csv?module=M2");
        csv.ShouldContain("Student;E-mail;M2 Wijkanalyse-rapport;M2 Bewonerspresentatie;M2 resultaat");
        csv.ShouldContain("Zoë Đurić-Şahin;student@noord.demo;7,3;6,0;ND");

        using var xlsx = await first.GetAsync($"/api/v1/cohorts/{cohortId}/gradebook.xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList()).ToList();
        cells[0].ShouldContain("M1 Eindopdracht");
        var zoeRow = cells.Single(r => r[0] == "Zoë Đurić-Şahin");
        zoeRow.ShouldContain("7.3");
        zoeRow.ShouldContain("8.0");

        using var zuid = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        (await zuid.GetAsync($"/api/v1/cohorts/{cohortId}/gradebook")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuid.GetAsync($"/api/v1/cohorts/{cohortId}/gradebook.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static JsonElement Line(JsonElement list, Guid studentId) =>
        list.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("studentId").GetGuid() == studentId);

    private static JsonElement Result(JsonElement results, Guid studentId) =>
        results.EnumerateArray().Single(r => r.GetProperty("studentId").GetGuid() == studentId);
}
