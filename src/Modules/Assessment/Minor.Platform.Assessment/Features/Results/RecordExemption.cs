using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Assessment.Contracts;

namespace Minor.Platform.Assessment.Features.Results;

/// <summary>A granted exemption makes the module's result VR (exempt), whatever grades exist; safe to receive twice.</summary>
public sealed class RecordExemption(AssessmentDbContext db) : IIntegrationEventHandler<ModuleExempted>
{
    public async Task HandleAsync(ModuleExempted exempted, CancellationToken cancellationToken)
    {
        var result = await db.ModuleResults.IgnoreQueryFilters().FirstOrDefaultAsync(
            r => r.CohortId == exempted.CohortId && r.CourseCode == exempted.CourseCode && r.StudentId == exempted.StudentId, cancellationToken);
        if (result is null)
        {
            result = new ModuleResult(exempted.InstitutionId, exempted.CohortId, exempted.CourseCode, exempted.StudentId);
            db.ModuleResults.Add(result);
        }

        result.Apply(new ComputedResult(null, ModuleOutcome.Exempt, ModuleResultCodes.Exempt), null, exempted.OccurredAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}
