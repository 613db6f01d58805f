using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Features;

public sealed record ExamRegulationView(string ModuleResultRounding);

/// <summary>The OER settings of the caller's hogeschool that the grade maths follows; the examencommissie sets them.</summary>
public sealed class ExamRegulations(AssessmentDbContext db, ICurrentUser currentUser, IStringLocalizer<AssessmentResource> localizer)
{
    private static readonly Dictionary<string, RoundingRule> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oneDecimalHalfUp"] = RoundingRule.OneDecimalHalfUp,
        ["halfGradeHalfUp"] = RoundingRule.HalfGradeHalfUp,
        ["wholeGradeHalfUp"] = RoundingRule.WholeGradeHalfUp,
    };

    public async Task<ExamRegulationView> GetAsync(CancellationToken cancellationToken)
    {
        var institutionId = currentUser.InstitutionId ?? throw new NotFoundException("institution");
        var rule = await db.ExamRegulations.AsNoTracking().Where(r => r.InstitutionId == institutionId)
            .Select(r => (RoundingRule?)r.ModuleResultRounding).FirstOrDefaultAsync(cancellationToken) ?? ExamRegulation.DefaultRounding;
        return new ExamRegulationView(CodeOf(rule));
    }

    /// <summary>Applies to results computed from now on; results already published keep their grade until recomputed.</summary>
    public async Task<ExamRegulationView> SetAsync(ExamRegulationView input, CancellationToken cancellationToken)
    {
        var institutionId = currentUser.InstitutionId ?? throw new NotFoundException("institution");
        if (input.ModuleResultRounding is null || !Rules.TryGetValue(input.ModuleResultRounding, out var rule))
        {
            new InputErrors().Add("moduleResultRounding", localizer["Assessment:UnknownRounding", string.Join(", ", Rules.Keys)]).ThrowIfAny();
            return input;
        }

        var regulation = await db.ExamRegulations.FirstOrDefaultAsync(r => r.InstitutionId == institutionId, cancellationToken);
        if (regulation is null)
        {
            db.ExamRegulations.Add(new ExamRegulation(institutionId, rule));
        }
        else
        {
            regulation.ModuleResultRounding = rule;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ExamRegulationView(CodeOf(rule));
    }

    private static string CodeOf(RoundingRule rule) => Rules.First(r => r.Value == rule).Key;
}
