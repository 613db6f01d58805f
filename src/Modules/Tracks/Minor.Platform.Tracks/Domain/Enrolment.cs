using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

/// <summary>A student in a cohort on a track. One per student and cohort (a unique index makes enrolling idempotent).</summary>
public sealed class Enrolment : AuditedEntity, ITenantOwned
{
    private Enrolment()
    {
    }

    public Enrolment(Guid institutionId, Guid cohortId, Guid studentId, string trackCode, DateTimeOffset enrolledAt, Guid? applicationId)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        StudentId = studentId;
        TrackCode = trackCode;
        EnrolledAt = enrolledAt;
        ApplicationId = applicationId;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public Guid StudentId { get; private set; }

    public string TrackCode { get; private set; } = "";

    public DateTimeOffset EnrolledAt { get; private set; }

    public Guid? ApplicationId { get; private set; }
}
