using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;
using Xunit.Abstractions;

namespace Minor.Platform.IntegrationTests.Security;

/// <summary>
/// Every API route and page, taken from the app's own endpoint data source (a new route cannot be forgotten), called
/// anonymously and as every role of hogeschool Noord and the national roles, against Zuid's data: nothing of Zuid is
/// read or changed. A route that names Zuid's data answers 401, 403 or 404; any other answer must not contain Zuid's
/// people. Public routes (marked AllowAnonymous) are listed and left out. The matrix is printed.
/// </summary>
public sealed class AuthorizationMatrixTests(PlatformFactory platform, ITestOutputHelper output) : PlatformTest(platform)
{
    private static readonly string[] Excluded = ["/error", "/culture", "/health", "/.well-known", "/connect", "/hangfire", "/account"];

    [Fact]
    public async Task EveryRoute_AsEveryRoleOfAnotherInstitution_NeverReadsOrChangesItsData()
    {
        var zuid = await ZuidDataAsync();
        var callers = new Dictionary<string, Caller>
        {
            ["anonymous"] = new(Anonymous(), Anonymous()),
        };
        foreach (var (name, email) in new[]
                 {
                     ("noord Student", DemoAccounts.Student("noord")), ("noord Lecturer", DemoAccounts.Lecturer("noord")),
                     ("noord Coordinator", DemoAccounts.Coordinator("noord")), ("noord ExamBoard", DemoAccounts.ExamBoard("noord")),
                     ("NationalAnalyst", DemoAccounts.Analyst), ("CurriculumBoard", DemoAccounts.CurriculumBoard), ("Admin", DemoAccounts.Admin),
                 })
        {
            callers[name] = new Caller(await SignedInAsync(email), await CookieClientAsync(email));
        }

        var rows = new List<string>();
        var failures = new List<string>();
        foreach (var route in Routes())
        {
            if (route.IsPublic)
            {
                rows.Add($"| {route.Method} {route.Pattern} | public |");
                continue;
            }

            var path = Fill(route.Pattern, zuid);
            var cells = new List<string>();
            foreach (var (name, caller) in callers)
            {
                var client = route.IsPage ? caller.Browser : caller.Api;
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
                if (route.Method is "POST" or "PUT")
                {
                    request.Content = new StringContent(
                        JsonSerializer.Serialize(new { reason = "test", cohortId = zuid.CohortId, studentId = zuid.StudentId, grade = 8.0m, trackCode = "REG" }),
                        Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (route.IsPage && status == 302)
                {
                    // A page answers "sign in first" or "not for you" with a redirect: the 401 and 403 of a browser.
                    var location = response.Headers.Location?.OriginalString ?? "";
                    status = location.Contains("/account/login", StringComparison.Ordinal) ? 401
                        : location.Contains("/account/access-denied", StringComparison.Ordinal) ? 403 : status;
                }

                cells.Add(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                // The national curriculum belongs to no hogeschool: its versions are numbers, not data of zuid.
                var namesZuid = route.Pattern.Replace("{moduleCode}", "", StringComparison.Ordinal).Contains('{', StringComparison.Ordinal)
                                && !route.Pattern.StartsWith("/api/v1/curriculum/", StringComparison.Ordinal)
                                && !route.Pattern.StartsWith("/curriculum/", StringComparison.Ordinal);
                var leaks = zuid.Secrets.Where(secret => body.Contains(secret, StringComparison.Ordinal)).ToList();
                if ((namesZuid && status is not (401 or 403 or 404)) || leaks.Count > 0)
                {
                    failures.Add($"{route.Method} {path} as {name}: {status} {string.Join(", ", leaks)}");
                }
            }

            rows.Add($"| {route.Method} {route.Pattern} | {string.Join(" | ", cells)} |");
        }

        output.WriteLine($"| route | {string.Join(" | ", callers.Keys)} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" --- |", callers.Count))}");
        rows.ForEach(output.WriteLine);

        failures.ShouldBeEmpty();
        rows.Count.ShouldBeGreaterThan(20);
        using var zuidCoordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        var applications = await zuidCoordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
        applications.EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("Submitted");
        using var zuidStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        var certificates = await zuidStudent.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates");
        certificates.EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("issued");
        var results = await zuidCoordinator.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{zuid.CohortId}/modules/M1/results");
        var result = results.EnumerateArray().Single(r => r.GetProperty("studentId").GetGuid() == zuid.StudentId);
        result.GetProperty("grade").GetDecimal().ShouldBe(8.0m);
        (await zuidCoordinator.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{zuid.CohortId}/modules/M1/assessment-plan"))
            .GetProperty("assessments").GetArrayLength().ShouldBe(1);
    }

    /// <summary>
    /// What the national analyst may reach besides the public routes: the figures, their own account and data, and the
    /// information pages everyone may read.
    /// </summary>
    private static readonly string[] AnalystRoutes =
        ["/api/v1/national/", "/national", "/api/v1/me", "/api/v1/me/personal-data", "/my/data", "/privacy", "/toegankelijkheid"];

    [Fact]
    public async Task TheNationalAnalyst_GetsForbiddenOnEveryRouteButTheFigures()
    {
        var zuid = await ZuidDataAsync();
        using var api = await SignedInAsync(DemoAccounts.Analyst);
        using var browser = await CookieClientAsync(DemoAccounts.Analyst);
        var reachable = new List<string>();
        var answered = new List<string>();
        foreach (var route in Routes().Where(r => !r.IsPublic))
        {
            var allowed = AnalystRoutes.Any(a => a.EndsWith('/') ? route.Pattern.StartsWith(a, StringComparison.Ordinal) : route.Pattern == a);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), Fill(route.Pattern, zuid));
            if (route.Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await (route.IsPage ? browser : api).SendAsync(request);
            var forbidden = response.StatusCode == HttpStatusCode.Forbidden
                            || (route.IsPage && response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true);
            answered.Add($"{route.Method} {route.Pattern}: {(int)response.StatusCode}");
            if (!forbidden && !allowed)
            {
                reachable.Add($"{route.Method} {route.Pattern}: {(int)response.StatusCode}");
            }
        }

        answered.ForEach(output.WriteLine);
        reachable.ShouldBeEmpty();
        answered.Count.ShouldBeGreaterThan(40);
    }

    private IEnumerable<RouteCase> Routes()
    {
        var endpoints = Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (Excluded.Any(prefix => pattern.StartsWith(prefix, StringComparison.Ordinal)) || pattern == "/")
            {
                continue;
            }

            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is PageActionDescriptor;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in methods.Where(m => !isPage || m == "GET"))
            {
                yield return new RouteCase(method, Normalize(pattern), isPage, isPublic);
            }
        }
    }

    /// <summary>Route templates with constraints ({id:guid}, {code?}) reduced to their parameter names.</summary>
    private static string Normalize(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([a-zA-Z]+)(:[^}]*)?\??\}", "{$1}");

    private static string Fill(string pattern, ZuidData zuid) => pattern
        .Replace("/certificates/bulk/{id}", $"/certificates/bulk/{zuid.JobId}", StringComparison.Ordinal)
        .Replace("/intake/applications/{id}", $"/intake/applications/{zuid.ApplicationId}", StringComparison.Ordinal)
        .Replace("/assessments/{id}", $"/assessments/{zuid.AssessmentId}", StringComparison.Ordinal)
        .Replace("{assessmentId}", zuid.AssessmentId.ToString(), StringComparison.Ordinal)
        .Replace("{id}", zuid.CertificateId.ToString(), StringComparison.Ordinal)
        .Replace("{jobId}", zuid.JobId.ToString(), StringComparison.Ordinal)
        .Replace("{cohortId}", zuid.CohortId.ToString(), StringComparison.Ordinal)
        .Replace("{studentId}", zuid.StudentId.ToString(), StringComparison.Ordinal)
        .Replace("{moduleCode}", "M1", StringComparison.Ordinal)
        .Replace("/curriculum/versions/{number}/modules/{code}", "/curriculum/versions/1/modules/M1", StringComparison.Ordinal)
        .Replace("/curriculum/versies/{number}/modules/{code}", "/curriculum/versies/1/modules/M1", StringComparison.Ordinal)
        .Replace("{number}", "1", StringComparison.Ordinal)
        .Replace("{from}", "1", StringComparison.Ordinal)
        .Replace("{to}", "1", StringComparison.Ordinal)
        .Replace("{code}", zuid.VerificationCode, StringComparison.Ordinal);

    private async Task<ZuidData> ZuidDataAsync()
    {
        var studentId = await PublishResultAsync("zuid", "M1", 8.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("zuid"));
        var certificate = await IssuedCertificateAsync(student, "M1");
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications",
            IntakeApiTests.ValidApplication("geheim.aanmelder@example.nl", "zuid", "Z2"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var cohortId = await CohortOfAsync("zuid");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        using var bulk = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
        var jobId = (await ReadJsonAsync(bulk)).GetProperty("jobId").GetGuid();
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        return new ZuidData(cohortId, studentId, applicationId, assessmentId, certificate.GetProperty("id").GetGuid(), jobId,
            certificate.GetProperty("verificationCode").GetString()!,
            ["Mahabier", "student@zuid.demo", "geheim.aanmelder@example.nl", "El Amrani", certificate.GetProperty("verificationCode").GetString()!]);
    }

    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = Platform.BaseAddress,
        };
        var form = await browser.GetStringAsync("/account/login");
        using var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password, ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private sealed record Caller(HttpClient Api, HttpClient Browser);

    private sealed record RouteCase(string Method, string Pattern, bool IsPage, bool IsPublic);

    private sealed record ZuidData(
        Guid CohortId, Guid StudentId, Guid ApplicationId, Guid AssessmentId, Guid CertificateId, Guid JobId, string VerificationCode, string[] Secrets);
}
