using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Intake.Features.Applications;

public sealed record MoveApplication(Guid ApplicationId, string? Status, string? Note, string? Reason, DateTimeOffset? PlannedFor);

public sealed record LegalHoldView(Guid ApplicationId, string Reason, DateTimeOffset Since);

public sealed record ApplicationStepView(string From, string To, string? Note, string? Reason, DateTimeOffset? PlannedFor, DateTimeOffset At);

/// <summary>A coordinator moves an application along the intake pipeline, with a note, and a reason where the rules ask one.</summary>
public sealed class MoveApplicationHandler(IntakeDbContext db, ICurrentUser currentUser, IStringLocalizer<IntakeResource> localizer, TimeProvider time)
{
    public async Task<ApplicationStepView> HandleAsync(MoveApplication command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken)
                          ?? throw new NotFoundException("application");
        var errors = new InputErrors();
        if (!Enum.TryParse<ApplicationStatus>(command.Status, ignoreCase: true, out var to) || !Enum.IsDefined(to) || to == ApplicationStatus.Admitted)
        {
            errors.Add("status", localizer["Intake:UnknownStatus"]);
        }
        else if (IntakePipeline.NeedsReason(application.Status, to))
        {
            errors.RequireText("reason", command.Reason, 1000, localizer["Intake:ReasonRequired"], localizer["Intake:TooLong"]);
        }

        if (command.Note?.Length > 2000)
        {
            errors.Add("note", localizer["Intake:TooLong"]);
        }

        errors.ThrowIfAny();
        var step = application.MoveTo(
            to, Clean(command.Note), Clean(command.Reason), to == ApplicationStatus.IntakePlanned ? command.PlannedFor?.ToUniversalTime() : null,
            currentUser.UserId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ToView(step);
    }

    public async Task<IReadOnlyList<ApplicationStepView>> HistoryAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
                          ?? throw new NotFoundException("application");
        return application.Steps.OrderBy(s => s.Number).Select(ToView).ToList();
    }

    /// <summary>Keeps the application past its retention period, with the reason (a complaint, an appeal).</summary>
    public async Task<LegalHoldView> HoldAsync(Guid applicationId, string? reason, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new NotFoundException("application");
        new InputErrors().RequireText("reason", reason, 1000, localizer["Intake:ReasonRequired"], localizer["Intake:TooLong"]).ThrowIfAny();
        application.Hold(reason!.Trim(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new LegalHoldView(application.Id, application.LegalHoldReason!, application.LegalHoldSince!.Value);
    }

    public async Task ReleaseHoldAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new NotFoundException("application");
        application.ReleaseHold();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ApplicationStepView ToView(ApplicationStep s) => new(s.From.ToString(), s.To.ToString(), s.Note, s.Reason, s.PlannedFor, s.At);
}
