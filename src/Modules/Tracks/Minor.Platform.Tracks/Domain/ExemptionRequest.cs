using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

/// <summary>
/// A student's request for an exemption (EVC) from a module, or from some of its learning outcomes, with a
/// motivation and evidence files; open until the examencommissie decides (the decision is an <see cref="Exemption"/>).
/// </summary>
public sealed class ExemptionRequest : AuditedEntity, ITenantOwned
{
    private ExemptionRequest()
    {
    }

    public ExemptionRequest(Guid institutionId, Guid cohortId, Guid studentId, string courseCode, IEnumerable<string> learningOutcomeCodes, string motivation, DateTimeOffset submittedAt)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        StudentId = studentId;
        CourseCode = courseCode;
        LearningOutcomeCodes = learningOutcomeCodes.ToList();
        Motivation = motivation;
        SubmittedAt = submittedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public Guid StudentId { get; private set; }

    public string CourseCode { get; private set; } = "";

    /// <summary>The learning outcomes asked for; empty for the whole module.</summary>
    public List<string> LearningOutcomeCodes { get; private set; } = [];

    public string Motivation { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public ExemptionDecision? Decision { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public List<ExemptionEvidence> Evidence { get; private set; } = [];

    public bool IsOpen => Decision is null;

    public void Decided(ExemptionDecision decision, DateTimeOffset at)
    {
        Decision = decision;
        DecidedAt = at;
    }
}

/// <summary>One evidence file of a request, stored under a key the platform chooses; its name is shown, never used as a path.</summary>
public sealed class ExemptionEvidence : ITenantOwned
{
    private ExemptionEvidence()
    {
    }

    public ExemptionEvidence(ExemptionRequest request, string name, string contentType, long size, string sha256)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = request.InstitutionId;
        RequestId = request.Id;
        Position = request.Evidence.Count;
        Name = name;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid RequestId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public string BlobKey => KeyOf(Id);

    public static string KeyOf(Guid id) => $"exemption-evidence/{id:N}";
}
