using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.TestSupport;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Enrolments;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>
/// The Tracks read contract remembers a cohort and a student's enrolments for one request, because several modules ask
/// for them while serving one page; it must forget them as soon as the request writes through the module.
/// </summary>
public sealed class TracksQueriesTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task RememberedEnrolments_AreReadOncePerRequest_AndForgottenAfterAnEnrolment()
    {
        var cohortId = await CohortOfAsync("noord");
        using var scope = Platform.Services.CreateScope();
        var institutionId = (await scope.ServiceProvider.GetRequiredService<ITracksQueries>().ListCohortsForProcessingAsync(CancellationToken.None))
            .Single(c => c.Id == cohortId).InstitutionId;
        var studentId = Guid.CreateVersion7();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(PlatformClaimTypes.Subject, studentId.ToString()), new Claim(PlatformClaimTypes.InstitutionId, institutionId.ToString())],
                "test")),
        };
        var queries = scope.ServiceProvider.GetRequiredService<ITracksQueries>();

        var before = await queries.ListEnrolmentsOfStudentAsync(studentId, CancellationToken.None);
        (await queries.ListEnrolmentsOfStudentAsync(studentId, CancellationToken.None)).ShouldBeSameAs(before);
        (await queries.GetCohortAsync(cohortId, CancellationToken.None)).ShouldBeSameAs(await queries.GetCohortAsync(cohortId, CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<EnrolStudentHandler>()
            .HandleAsync(new EnrolStudent(institutionId, cohortId, studentId, "REG", null), CancellationToken.None);
        var after = await queries.ListEnrolmentsOfStudentAsync(studentId, CancellationToken.None);

        before.ShouldBeEmpty();
        after.Select(e => e.CohortId).ShouldBe([cohortId]);
    }
}
