using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Data;
using Minor.Platform.Curriculum.Domain;
using Minor.Platform.Curriculum.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Curriculum.Features;

public sealed record OutcomeInput(string? Code, string? Description, string? DescriptionEn);

public sealed record ModuleInput(string? Title, string? TitleEn, decimal? Ec, string? Summary, string? SummaryEn, IReadOnlyList<OutcomeInput>? LearningOutcomes);

/// <summary>A version with its modules, as the curriculum board reads and edits it.</summary>
public sealed record CurriculumVersionView(int Version, string Status, DateOnly? PublishedOn, decimal TotalEc, IReadOnlyList<CourseDto> Modules);

/// <summary>
/// The national curriculum board's work on the curriculum: one draft at a time, copied from the newest published
/// version, changed module by module and published as the next version. Published versions never change.
/// </summary>
public sealed partial class CurriculumVersions(
    CurriculumDbContext db, ICurriculumQueries queries, IEventBus events, IStringLocalizer<CurriculumResource> localizer, TimeProvider time)
{
    public async Task<CurriculumVersionView> GetAsync(int number, CancellationToken cancellationToken)
    {
        var version = (await queries.ListVersionsAsync(cancellationToken)).FirstOrDefault(v => v.Version == number) ?? throw new NotFoundException("version");
        var modules = await queries.ListCoursesAsync(number, cancellationToken);
        return new CurriculumVersionView(version.Version, version.Status, version.PublishedOn, modules.Sum(m => m.Ec), modules);
    }

    public async Task<CurriculumVersionView> CreateDraftAsync(CancellationToken cancellationToken)
    {
        if (await db.Versions.AnyAsync(v => v.PublishedAt == null, cancellationToken))
        {
            throw new BusinessRuleException("Curriculum:DraftExists");
        }

        var source = await db.Versions.Include(v => v.Courses).ThenInclude(c => c.LearningOutcomes)
            .Where(v => v.PublishedAt != null).OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var draft = CurriculumVersion.DraftFrom(source, source.Number + 1);
        db.Versions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(draft.Number, cancellationToken);
    }

    /// <summary>Changes a module of the draft, or adds it; with <paramref name="mustBeNew"/>, an existing code is refused instead of changed.</summary>
    public async Task<CurriculumVersionView> SaveModuleAsync(int number, string code, ModuleInput input, CancellationToken cancellationToken, bool mustBeNew = false)
    {
        var version = await DraftAsync(number, cancellationToken);
        var outcomes = Validate(code, input);
        if (mustBeNew && version.Courses.Any(c => c.Code == code))
        {
            throw new BusinessRuleException("Curriculum:DuplicateModuleCode");
        }

        version.SaveCourse(
            code, input.Title!.Trim(), input.TitleEn!.Trim(), input.Ec!.Value, input.Summary?.Trim() ?? "", input.SummaryEn?.Trim() ?? "", outcomes);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(number, cancellationToken);
    }

    public async Task<CurriculumVersionView> RemoveModuleAsync(int number, string code, CancellationToken cancellationToken)
    {
        var version = await DraftAsync(number, cancellationToken);
        version.RemoveCourse(code);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(number, cancellationToken);
    }

    public async Task<CurriculumVersionView> PublishAsync(int number, CancellationToken cancellationToken)
    {
        var version = await DraftAsync(number, cancellationToken);
        var now = time.GetUtcNow();
        version.Publish(now);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new CurriculumPublished(Guid.CreateVersion7(), now, number), cancellationToken);
        return await GetAsync(number, cancellationToken);
    }

    /// <summary>The version to change; a published one is refused before any input is looked at.</summary>
    private async Task<CurriculumVersion> DraftAsync(int number, CancellationToken cancellationToken)
    {
        var version = await db.Versions.Include(v => v.Courses).ThenInclude(c => c.LearningOutcomes)
            .FirstOrDefaultAsync(v => v.Number == number, cancellationToken) ?? throw new NotFoundException("version");
        version.EnsureDraft();
        return version;
    }

    private List<(string Code, string Description, string DescriptionEn)> Validate(string code, ModuleInput input)
    {
        var errors = new InputErrors();
        if (!ModuleCode().IsMatch(code))
        {
            errors.Add("code", localizer["Curriculum:CodeFormat"]);
        }

        errors.RequireText("title", input.Title, 200, localizer["Curriculum:TitleRequired"], localizer["Curriculum:TooLong", 200])
            .RequireText("titleEn", input.TitleEn, 200, localizer["Curriculum:TitleEnRequired"], localizer["Curriculum:TooLong", 200]);
        if (input.Ec is not { } ec || ec <= 0 || ec > 30 || ec * 2 != decimal.Truncate(ec * 2))
        {
            errors.Add("ec", localizer["Curriculum:InvalidEc"]);
        }

        foreach (var (field, text) in new[] { ("summary", input.Summary), ("summaryEn", input.SummaryEn) })
        {
            if (text?.Trim().Length > 2000)
            {
                errors.Add(field, localizer["Curriculum:TooLong", 2000]);
            }
        }

        var outcomes = input.LearningOutcomes ?? [];
        if (outcomes.Count == 0)
        {
            errors.Add("learningOutcomes", localizer["Curriculum:OutcomesRequired"]);
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Code is null || !ModuleCode().IsMatch(outcome.Code.Trim()))
            {
                errors.Add($"learningOutcomes[{i}].code", localizer["Curriculum:CodeFormat"]);
            }
            else if (outcomes.Take(i).Any(o => o.Code?.Trim() == outcome.Code.Trim()))
            {
                errors.Add($"learningOutcomes[{i}].code", localizer["Curriculum:DuplicateOutcomeCode"]);
            }

            errors.RequireText($"learningOutcomes[{i}].description", outcome.Description, 1000, localizer["Curriculum:OutcomeRequired"], localizer["Curriculum:TooLong", 1000])
                .RequireText($"learningOutcomes[{i}].descriptionEn", outcome.DescriptionEn, 1000, localizer["Curriculum:OutcomeEnRequired"], localizer["Curriculum:TooLong", 1000]);
            if (!string.IsNullOrWhiteSpace(outcome.Description) && !outcome.Description.Trim().StartsWith("De student ", StringComparison.Ordinal))
            {
                errors.Add($"learningOutcomes[{i}].description", localizer["Curriculum:OutcomeForm"]);
            }
        }

        errors.ThrowIfAny();
        return outcomes.Select(o => (o.Code!.Trim(), o.Description!.Trim(), o.DescriptionEn!.Trim())).ToList();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,7}(\\.[0-9]{1,2})?$")]
    private static partial Regex ModuleCode();
}
