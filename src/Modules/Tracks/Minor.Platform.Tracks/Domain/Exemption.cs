using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

public enum ExemptionDecision
{
    Granted,

    /// <summary>Some learning outcomes of the module exempted; the module stays in the plan.</summary>
    Partly,
    Refused,
}

/// <summary>
/// An examencommissie's decision on an exemption request (EVC) for one module of a student's study plan, with its
/// reason, and for a partial one the learning outcomes exempted. Decisions are kept as a log; a granted exemption is
/// final.
/// </summary>
public sealed class Exemption : AuditedEntity, ITenantOwned
{
    private Exemption()
    {
    }

    public Exemption(Guid institutionId, Guid cohortId, Guid studentId, string courseCode, ExemptionDecision decision, string reason, Guid? decidedBy, DateTimeOffset decidedAt)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        StudentId = studentId;
        CourseCode = courseCode;
        Decision = decision;
        Reason = reason;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public Guid StudentId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public ExemptionDecision Decision { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public List<string> LearningOutcomeCodes { get; private set; } = [];

    /// <summary>The request (with the student's evidence) this decides, if the student asked.</summary>
    public Guid? RequestId { get; private set; }

    public Exemption ForOutcomes(IEnumerable<string> codes)
    {
        LearningOutcomeCodes = codes.ToList();
        return this;
    }

    public Exemption OnRequest(Guid? requestId)
    {
        RequestId = requestId;
        return this;
    }
}
