namespace Minor.Platform.Intake.Domain;

/// <summary>
/// The pipeline: aangemeld → intake gepland → intake gehouden → toegelaten / afgewezen / teruggetrokken → gestart →
/// afgerond / gestopt. Forward moves follow the arrows; a move to an earlier stage is allowed before admission only,
/// and needs a reason, as do a refusal, a withdrawal and a drop-out. Admission itself goes through its own handler,
/// because it creates the student's account and enrolment.
/// </summary>
public static class IntakePipeline
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Forward = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.IntakePlanned, ApplicationStatus.IntakeHeld, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.IntakePlanned] = [ApplicationStatus.IntakeHeld, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.IntakeHeld] = [ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Admitted] = [ApplicationStatus.Started, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Started] = [ApplicationStatus.Completed, ApplicationStatus.Stopped],
    };

    private static readonly ApplicationStatus[] BeforeAdmission =
        [ApplicationStatus.Submitted, ApplicationStatus.IntakePlanned, ApplicationStatus.IntakeHeld];

    /// <summary>Statuses an admission may come from.</summary>
    public static bool CanAdmit(ApplicationStatus from) => BeforeAdmission.Contains(from);

    public static bool NeedsReason(ApplicationStatus from, ApplicationStatus to) =>
        to is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.Stopped || IsBackwards(from, to);

    /// <summary>A move back to an earlier stage, possible until the applicant is admitted (a refused or withdrawn one may be reopened).</summary>
    public static bool IsBackwards(ApplicationStatus from, ApplicationStatus to) =>
        BeforeAdmission.Contains(to) && Stage(to) < Stage(from) && from is not (ApplicationStatus.Admitted or ApplicationStatus.Started or ApplicationStatus.Completed or ApplicationStatus.Stopped);

    public static bool Allows(ApplicationStatus from, ApplicationStatus to) =>
        (Forward.TryGetValue(from, out var next) && next.Contains(to)) || IsBackwards(from, to);

    /// <summary>The usual way from aangemeld to <paramref name="final"/>, without the start.</summary>
    public static IReadOnlyList<ApplicationStatus> PathTo(ApplicationStatus final)
    {
        ApplicationStatus[] main = [ApplicationStatus.IntakePlanned, ApplicationStatus.IntakeHeld, ApplicationStatus.Admitted, ApplicationStatus.Started];
        return final switch
        {
            ApplicationStatus.Submitted => [],
            ApplicationStatus.Rejected or ApplicationStatus.Withdrawn => [.. main[..2], final],
            ApplicationStatus.Completed or ApplicationStatus.Stopped => [.. main, final],
            _ => main[..(Array.IndexOf(main, final) + 1)],
        };
    }

    /// <summary>Where a coordinator can move the application from here, admission left out.</summary>
    public static IReadOnlyList<ApplicationStatus> Targets(ApplicationStatus from) =>
        Enum.GetValues<ApplicationStatus>().Where(to => to != from && Allows(from, to)).ToList();

    private static int Stage(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => 0,
        ApplicationStatus.IntakePlanned => 1,
        ApplicationStatus.IntakeHeld => 2,
        ApplicationStatus.Admitted or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn => 3,
        ApplicationStatus.Started => 4,
        _ => 5,
    };
}

/// <summary>
/// One move in the pipeline: from, to, when, by whom, with the coordinator's note and the reason where one is needed.
/// Made only by <see cref="Application"/>, which has its steps loaded, so the numbering follows the history.
/// </summary>
public sealed class ApplicationStep : Minor.Platform.SharedKernel.Tenancy.ITenantOwned
{
    private ApplicationStep()
    {
    }

    public ApplicationStep(Application application, ApplicationStatus from, ApplicationStatus to, string? note, string? reason, DateTimeOffset? plannedFor, Guid? by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = application.InstitutionId;
        ApplicationId = application.Id;
        Number = application.Steps.Count + 1;
        From = from;
        To = to;
        Note = note;
        Reason = reason;
        PlannedFor = plannedFor;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>1 for the first move; the history's order even when two moves share a moment.</summary>
    public int Number { get; private set; }

    public ApplicationStatus From { get; private set; }

    public ApplicationStatus To { get; private set; }

    public string? Note { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>For a planned intake: when the intake conversation takes place.</summary>
    public DateTimeOffset? PlannedFor { get; private set; }

    public Guid? By { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Drops the free text a coordinator wrote, which may name the person; the move itself stays.</summary>
    public void Forget()
    {
        Note = null;
        Reason = null;
    }
}
