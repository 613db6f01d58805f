using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Intake.Domain;

/// <summary>An aanmelding for the minor at one hogeschool.</summary>
public sealed class Application : AuditedEntity, ITenantOwned
{
    private Application()
    {
    }

    public Application(
        Guid institutionId, string firstName, string lastName, string email, string trackCode,
        ApplicantBackground background, string motivation, DateTimeOffset submittedAt)
    {
        InstitutionId = institutionId;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        TrackCode = trackCode;
        Background = background;
        SectorKey = ApplicantGroups.SectorKey(background.Sector);
        Motivation = motivation;
        SubmittedAt = submittedAt;
        Period = DutchTime.ToLocal(submittedAt).Year;
        ConsentGivenAt = submittedAt;
        Status = ApplicationStatus.Submitted;
    }

    public Guid InstitutionId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string TrackCode { get; private set; } = "";

    public ApplicantBackground Background { get; private set; } = new("", 0, "", "");

    /// <summary>The sector as national figures group it (<see cref="ApplicantGroups.SectorKey"/>).</summary>
    public string SectorKey { get; private set; } = "";

    public string Motivation { get; private set; } = "";

    /// <summary>The intake period: the calendar year, Dutch time, in which the application was made.</summary>
    public int Period { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The AVG consent to process the application, given with it.</summary>
    public DateTimeOffset ConsentGivenAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Guid? StudentId { get; private set; }

    public Guid? CohortId { get; private set; }

    public DateTimeOffset? AdmittedAt { get; private set; }

    public List<ApplicationStep> Steps { get; private set; } = [];

    /// <summary>When the retention job removed the applicant's personal data; the figures national statistics need stay.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>Why the application is kept past its retention period (a complaint, an appeal); null when it is not held.</summary>
    public string? LegalHoldReason { get; private set; }

    public DateTimeOffset? LegalHoldSince { get; private set; }

    public void Hold(string reason, DateTimeOffset now)
    {
        LegalHoldReason = reason;
        LegalHoldSince = now;
    }

    public void ReleaseHold()
    {
        LegalHoldReason = null;
        LegalHoldSince = null;
    }

    /// <summary>
    /// Removes who the applicant is (name, e-mail, motivation, the free-text sector, the coordinator's notes and reasons)
    /// and keeps what national figures count: hogeschool, track, period, sector key, experience, education, province
    /// and the pipeline's steps.
    /// </summary>
    public void Anonymise(DateTimeOffset now)
    {
        FirstName = "";
        LastName = "";
        Email = "";
        Motivation = "";
        Background = Background with { Sector = "" };
        foreach (var step in Steps)
        {
            step.Forget();
        }

        AnonymisedAt ??= now;
    }

    /// <summary>Moves the application along the pipeline; the caller has checked that a needed reason is given.</summary>
    public ApplicationStep MoveTo(ApplicationStatus to, string? note, string? reason, DateTimeOffset? plannedFor, Guid? by, DateTimeOffset now)
    {
        if (!IntakePipeline.Allows(Status, to))
        {
            throw new BusinessRuleException("Intake:TransitionNotAllowed") { MessageArguments = [Status.ToString(), to.ToString()] };
        }

        var step = new ApplicationStep(this, Status, to, note, reason, plannedFor, by, now);
        Steps.Add(step);
        Status = to;
        return step;
    }

    public void Admit(Guid studentId, Guid cohortId, string trackCode, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Admitted)
        {
            if (StudentId != studentId || CohortId != cohortId)
            {
                throw new BusinessRuleException("Intake:AlreadyAdmitted");
            }

            return;
        }

        if (!IntakePipeline.CanAdmit(Status))
        {
            throw new BusinessRuleException("Intake:NotOpen");
        }

        Steps.Add(new ApplicationStep(this, Status, ApplicationStatus.Admitted, null, null, null, null, now));
        Status = ApplicationStatus.Admitted;
        StudentId = studentId;
        CohortId = cohortId;
        TrackCode = trackCode;
        AdmittedAt = now;
    }

    /// <summary>
    /// Records the pipeline an application went through before it came into the platform (a migrated history): the
    /// usual path to <paramref name="final"/>, all at <paramref name="at"/>, marked as migrated. A migrated admission
    /// has no student account here.
    /// </summary>
    public void ReplayHistory(ApplicationStatus final, DateTimeOffset at)
    {
        foreach (var to in IntakePipeline.PathTo(final))
        {
            Steps.Add(new ApplicationStep(this, Status, to, MigratedNote, null, null, null, at));
            Status = to;
            if (to == ApplicationStatus.Admitted)
            {
                AdmittedAt = at;
            }
        }
    }

    public const string MigratedNote = "migrated";
}
