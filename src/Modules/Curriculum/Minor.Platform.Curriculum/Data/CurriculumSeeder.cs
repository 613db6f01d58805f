using Microsoft.EntityFrameworkCore;
using Minor.Platform.Curriculum.Domain;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Curriculum.Data;

/// <summary>Loads the national curriculum from seeds/curriculum.json as version 1, once.</summary>
public sealed class CurriculumSeeder(CurriculumDbContext db, TimeProvider time) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var seed = await context.ReadAsync<CurriculumSeed>("curriculum.json", cancellationToken);
        if (await db.Versions.AnyAsync(v => v.Number == seed.Version, cancellationToken))
        {
            return;
        }

        var version = new CurriculumVersion(seed.Version, seed.Title, seed.TitleEn);
        foreach (var c in seed.Courses.OrderBy(c => c.Order))
        {
            var course = version.AddCourse(c.Code, c.Title, c.TitleEn, c.Ec, c.Order, c.Summary, c.SummaryEn);
            foreach (var outcome in c.LearningOutcomes)
            {
                course.AddLearningOutcome(outcome.Code, outcome.Description, outcome.DescriptionEn);
            }
        }

        version.Publish(time.GetUtcNow());
        db.Versions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record CurriculumSeed(int Version, string Title, string TitleEn, List<CourseSeed> Courses);

    private sealed record CourseSeed(
        string Code, string Title, string TitleEn, decimal Ec, int Order, string Summary, string SummaryEn,
        List<OutcomeSeed> LearningOutcomes);

    private sealed record OutcomeSeed(string Code, string Description, string DescriptionEn);
}
