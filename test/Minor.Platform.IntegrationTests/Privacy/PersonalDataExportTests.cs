using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Privacy;

/// <summary>A person downloads everything the platform holds about them (AVG), gathered from every module.</summary>
public sealed class PersonalDataExportTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Export_ForAStudent_HoldsEveryModulesRecordsAndTheCertificatePdfs_AndNothingOfOthers()
    {
        await PublishResultAsync("noord", "M1", 8.0m);
        await PublishResultAsync("zuid", "M2", 7.0m);
        using (var anonymous = Anonymous())
        {
            (await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("student@noord.demo", "midden", "Z1")))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var certificate = await IssuedCertificateAsync(student, "M1");
        var feed = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("calendarFeedUrl").GetString()!;

        using var response = await student.GetAsync("/api/v1/me/personal-data");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .ShouldBe(["assessment.json", "certificates.json", "identity.json", "intake.json", "learning.json", "tracks.json"], ignoreOrder: true);
        var all = string.Join("\n", zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.Ordinal)).Select(Read));

        JsonDocument.Parse(Read(zip.GetEntry("identity.json")!)).RootElement.GetProperty("email").GetString().ShouldBe("student@noord.demo");
        var applications = JsonDocument.Parse(Read(zip.GetEntry("intake.json")!)).RootElement;
        applications.GetArrayLength().ShouldBe(1);
        applications[0].GetProperty("motivation").GetString()!.ShouldContain("wijkagent");
        JsonDocument.Parse(Read(zip.GetEntry("tracks.json")!)).RootElement.GetProperty("enrolments")[0].GetProperty("cohort").GetString()
            .ShouldBe("Noord 2026-2027 semester 1");
        var assessment = JsonDocument.Parse(Read(zip.GetEntry("assessment.json")!)).RootElement;
        assessment.GetProperty("results")[0].GetProperty("grade").GetDecimal().ShouldBe(8.0m);
        assessment.GetProperty("grades")[0].GetProperty("assessment").GetString().ShouldBe("Eindopdracht");
        assessment.GetProperty("gradeLog").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ShouldBe(["Graded", "Published"]);
        JsonDocument.Parse(Read(zip.GetEntry("learning.json")!)).RootElement.GetProperty("calendarFeeds")[0].GetProperty("address").GetString()
            .ShouldBe(new Uri(feed).AbsolutePath);
        zip.Entries.ShouldContain(e => e.FullName == $"files/certificates/module-M1-{certificate.GetProperty("verificationCode").GetString()}.pdf");
        all.ShouldNotContain("Mahabier");
        all.ShouldNotContain("student@zuid.demo");
        all.ShouldNotContain("passwordHash", Case.Insensitive);

        using var anonymousExport = await Anonymous().GetAsync("/api/v1/me/personal-data");
        anonymousExport.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
