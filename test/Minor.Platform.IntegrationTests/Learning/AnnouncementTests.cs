using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Learning;

/// <summary>An announcement reaches the cohort's students on their home page and as an e-mail (the .eml read back).</summary>
public sealed class AnnouncementTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task AnAnnouncement_IsListedForTheCohort_AndMailedToItsStudents()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var empty = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/announcements", new { title = "Excursie", body = " ", moduleCode = "M9" });
        empty.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(empty)).GetProperty("errors");
        errors.TryGetProperty("body", out _).ShouldBeTrue();
        errors.TryGetProperty("moduleCode", out _).ShouldBeTrue();

        using var published = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/announcements",
            new { title = "Excursie naar Rotterdam-Zuid", body = "We vertrekken **om 9 uur** vanaf het station.", moduleCode = "M2" });
        published.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var mine = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/announcements");
        var announcement = mine.EnumerateArray().First();
        announcement.GetProperty("title").GetString().ShouldBe("Excursie naar Rotterdam-Zuid");
        announcement.GetProperty("moduleCode").GetString().ShouldBe("M2");
        announcement.GetProperty("author").GetString().ShouldNotBeNullOrWhiteSpace();

        var mail = (await Mailbox.WaitForAsync(Platform.DataFolder, DemoAccounts.Student("noord"), "Excursie naar Rotterdam-Zuid")).Single();
        mail.TextBody!.ShouldContain("We vertrekken **om 9 uur** vanaf het station.");
        mail.TextBody!.ShouldContain("A new announcement for M2");

        using var otherStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        (await otherStudent.GetFromJsonAsync<JsonElement>("/api/v1/me/announcements")).EnumerateArray()
            .ShouldNotContain(a => a.GetProperty("title").GetString() == "Excursie naar Rotterdam-Zuid");
        Mailbox.All(Platform.DataFolder).ShouldNotContain(m => m.To.Mailboxes.Any(b => b.Address == DemoAccounts.Student("zuid")) && (m.Subject ?? "").StartsWith("Excursie", StringComparison.Ordinal));
    }
}
