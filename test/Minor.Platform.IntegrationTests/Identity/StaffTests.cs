using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>
/// Staff of a hogeschool: a coordinator invites people with roles at their own hogeschool only, nobody grants a role
/// beyond their remit, every grant and withdrawal is logged, and a switched-off account's tokens stop at once.
/// </summary>
public sealed class StaffTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Coordinator_InvitesALecturer_WhoActivatesWithTheMailedLink()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var invited = await coordinator.PostAsJsonAsync("/api/v1/staff/invitations", new
        {
            email = "lotte.nieuw@noord.demo", roles = new[] { "Lecturer", "Examiner" }, firstName = "Lotte", lastName = "de Vries", reason = "Nieuwe docent M2",
        });

        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        (await ReadJsonAsync(invited)).GetProperty("newAccount").GetBoolean().ShouldBeTrue();
        using var lecturer = await ActivateAsync("lotte.nieuw@noord.demo");
        var me = await lecturer.GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Examiner", "Lecturer"]);
        me.GetProperty("institutionCode").GetString().ShouldBe("noord");
        (await ScalarAsync("SELECT count(*) FROM identity.administration_log WHERE action = 'Role.Granted' AND subject = 'lotte.nieuw@noord.demo' AND details LIKE '%reden: Nieuwe docent M2'"))
            .ShouldBe(2L);
        var staff = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/staff");
        staff.EnumerateArray().Select(s => s.GetProperty("email").GetString()).ShouldContain("lotte.nieuw@noord.demo");
    }

    [Fact]
    public async Task InvitedPerson_SignsInWithTheSchoolAccount_WithoutAPassword()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        (await coordinator.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "nieuw@noord.demo", roles = new[] { "Lecturer" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        using var browser = new FederatedBrowser(Platform.BaseAddress);
        var page = await browser.SignInAsync("surfconext", "nieuw@noord.demo");

        page.Address.AbsolutePath.ShouldBe("/");
        var me = JsonDocument.Parse((await browser.GoAsync(new Uri(Platform.BaseAddress, "/api/v1/me"))).Body).RootElement;
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Lecturer"]);
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("CurriculumBoard")]
    [InlineData("NationalAnalyst")]
    [InlineData("Student")]
    public async Task Coordinator_CannotGrantARoleBeyondTheirRemit(string role)
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var refused = await coordinator.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "klimmer@noord.demo", roles = new[] { role } });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadJsonAsync(refused)).GetProperty("code").GetString().ShouldBe("Identity:RoleNotGrantable");
        (await ScalarAsync("SELECT count(*) FROM identity.\"AspNetUsers\" WHERE email = 'klimmer@noord.demo'")).ShouldBe(0L);
    }

    [Fact]
    public async Task NobodyGrantsAtAnotherHogeschool_AndOnlyTheAdministratorGrantsNationalRoles()
    {
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var admin = await SignedInAsync(DemoAccounts.Admin);

        using var otherHogeschool = await noord.PostAsJsonAsync("/api/v1/staff/invitations", new { email = DemoAccounts.SecondLecturer("zuid"), roles = new[] { "ExamBoard" } });
        using var namedOther = await noord.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "x@zuid.demo", roles = new[] { "Lecturer" }, institutionCode = "zuid" });
        using var byLecturer = await lecturer.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "y@noord.demo", roles = new[] { "Lecturer" } });
        using var national = await admin.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "analist2@swn.demo", roles = new[] { "NationalAnalyst" } });
        using var hogeschoolRoleWithoutHogeschool = await admin.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "z@minor.demo", roles = new[] { "Lecturer" } });
        using var adminAtZuid = await admin.PostAsJsonAsync("/api/v1/staff/invitations", new { email = "nieuw.zuid@zuid.demo", roles = new[] { "Coordinator" }, institutionCode = "zuid" });

        otherHogeschool.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(otherHogeschool)).GetProperty("code").GetString().ShouldBe("Identity:AccountOfOtherInstitution");
        namedOther.StatusCode.ShouldBe(HttpStatusCode.Created, "a coordinator's invitation is always for their own hogeschool, whatever it names");
        (await ScalarAsync("SELECT count(*) FROM identity.\"AspNetUsers\" u JOIN identity.institutions i ON i.id = u.institution_id WHERE u.email = 'x@zuid.demo' AND i.code = 'noord'"))
            .ShouldBe(1L);
        byLecturer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        national.StatusCode.ShouldBe(HttpStatusCode.Created);
        hogeschoolRoleWithoutHogeschool.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        adminAtZuid.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task DeactivatedAccount_LosesItsTokensAtOnce_AndComesBackWhenReactivated()
    {
        var docent2 = await MyIdAsync(DemoAccounts.SecondLecturer("noord"));
        using var before = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        (await before.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var deactivated = await coordinator.PostAsync($"/api/v1/users/{docent2}/deactivate", null);

        deactivated.StatusCode.ShouldBe(HttpStatusCode.NoContent, await deactivated.Content.ReadAsStringAsync());
        (await before.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var anonymous = Anonymous();
        using var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = DemoAccounts.SecondLecturer("noord"), ["password"] = DemoAccounts.Password,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await token.Content.ReadAsStringAsync()).ShouldContain("Je account is uitgeschakeld.");

        (await coordinator.PostAsJsonAsync($"/api/v1/users/{docent2}/reactivate", new { reason = "Terug van verlof" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TokenAsync(DemoAccounts.SecondLecturer("noord"))).ShouldNotBeNullOrEmpty();
        (await ScalarAsync("SELECT count(*) FROM identity.administration_log WHERE action LIKE 'Account.%'")).ShouldBe(2L);
    }

    [Fact]
    public async Task AccountsOfAnotherHogeschool_OrOnesOwn_CannotBeSwitchedOff()
    {
        var noordLecturer = await MyIdAsync(DemoAccounts.Lecturer("noord"));
        var zuidCoordinator = await MyIdAsync(DemoAccounts.Coordinator("zuid"));
        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));

        (await zuid.PostAsync($"/api/v1/users/{noordLecturer}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var self = await zuid.PostAsync($"/api/v1/users/{zuidCoordinator}/deactivate", null);
        self.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(self)).GetProperty("code").GetString().ShouldBe("Identity:NotYourself");
    }

    [Fact]
    public async Task WithdrawingARole_NeedsAReason_AndIsLogged()
    {
        var docent2 = await MyIdAsync(DemoAccounts.SecondLecturer("noord"));
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var noReason = await coordinator.PostAsJsonAsync($"/api/v1/users/{docent2}/roles/Examiner/withdraw", new { reason = "" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var withdrawn = await coordinator.PostAsJsonAsync($"/api/v1/users/{docent2}/roles/Examiner/withdraw", new { reason = "Geen examinator meer" });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var lecturer = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        (await lecturer.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Lecturer"]);
        (await ScalarAsync("SELECT count(*) FROM identity.administration_log WHERE action = 'Role.Withdrawn' AND details = 'rol: Examiner; reden: Geen examinator meer'")).ShouldBe(1L);
    }
}
