using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Assessment.Data;

/// <summary>
/// In demo mode, gives every cohort the toetsplannen of DOMAIN.md (seeds/assessment-plans.json): M1 and M2 published,
/// M3 to M5 as drafts for a lecturer to finish. Deadlines count weeks from the cohort's start, at 17:00 Dutch time.
/// A cohort that already has a plan for a module keeps it. Off with Platform:Seed:DemoAssessmentPlans=false.
/// </summary>
public sealed class AssessmentSeeder(
    AssessmentDbContext db,
    ITracksQueries tracks,
    ICurriculumQueries curriculum,
    IConfiguration configuration,
    IStringLocalizer<AssessmentResource> localizer) : IDataSeeder
{
    public int Order => 60;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || !configuration.GetValue("Platform:Seed:DemoAssessmentPlans", true))
        {
            return;
        }

        var seeds = await context.ReadAsync<List<PlanSeed>>("assessment-plans.json", cancellationToken);
        var courses = (await curriculum.ListCoursesAsync(cancellationToken)).ToDictionary(c => c.Code);
        var existing = (await db.Plans.IgnoreQueryFilters().Select(p => new { p.CohortId, p.CourseCode }).ToListAsync(cancellationToken))
            .Select(p => (p.CohortId, p.CourseCode)).ToHashSet();
        foreach (var cohort in await tracks.ListCohortsForProcessingAsync(cancellationToken))
        {
            foreach (var seed in seeds.Where(s => courses.ContainsKey(s.Module) && !existing.Contains((cohort.Id, s.Module))))
            {
                var course = courses[seed.Module];
                var outcomes = course.LearningOutcomes.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
                var plan = new AssessmentPlan(cohort.InstitutionId, cohort.Id, course.Code);
                var assessments = seed.Assessments.Select((a, position) => new PlannedAssessment(plan, AssessmentInputCheck.Check(
                    new AssessmentInput(
                        a.Title, a.Type, a.Weight, a.LearningOutcomeCodes, a.Scale, a.MinimumGrade, a.ExaminersRequired,
                        Week(cohort.StartsOn, a.DeadlineWeek), Week(cohort.StartsOn, a.ResitWeek)),
                    outcomes, localizer), position)).ToList();
                if (seed.Publish && PlanCheck.Of(outcomes, assessments).CanPublish)
                {
                    plan.Publish(DateTimeOffset.UtcNow);
                }

                db.Plans.Add(plan);
                db.Assessments.AddRange(assessments);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset? Week(DateOnly start, int? week)
    {
        if (week is not { } w)
        {
            return null;
        }

        return DutchTime.FromLocal(start.AddDays(7 * w).ToDateTime(new TimeOnly(17, 0)));
    }

    private sealed record AssessmentSeed(
        string Title, string Type, decimal Weight, List<string> LearningOutcomeCodes, string? Scale, decimal? MinimumGrade, int ExaminersRequired,
        int? DeadlineWeek, int? ResitWeek);

    private sealed record PlanSeed(string Module, bool Publish, List<AssessmentSeed> Assessments);
}
