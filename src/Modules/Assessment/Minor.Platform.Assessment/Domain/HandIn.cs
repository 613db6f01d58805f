using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>What an assessment does with work handed in after its deadline (outside a resit window).</summary>
public enum LateHandIn
{
    /// <summary>Accept it and mark it late, for the examiner to weigh.</summary>
    MarkLate,

    /// <summary>Refuse it.</summary>
    Refuse,
}

/// <summary>One hand-in of a student for an assessment: one or more files, on time or late, first attempt or resit.</summary>
public sealed class HandIn : ITenantOwned
{
    private HandIn()
    {
    }

    public HandIn(PlannedAssessment assessment, Guid studentId, int attempt, bool late, DateTimeOffset submittedAt)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = assessment.InstitutionId;
        AssessmentId = assessment.Id;
        StudentId = studentId;
        Attempt = attempt;
        Late = late;
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>1 for the first attempt, 2 for the resit (herkansing).</summary>
    public int Attempt { get; private set; }

    public bool Late { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public List<HandInFile> Files { get; private set; } = [];
}

/// <summary>A stored file of a hand-in. The blob key is ours; the name is shown and offered on download only.</summary>
public sealed class HandInFile
{
    private HandInFile()
    {
    }

    public HandInFile(HandIn handIn, string name, string contentType, long size, string sha256)
    {
        Id = Guid.CreateVersion7();
        HandInId = handIn.Id;
        Position = handIn.Files.Count;
        Name = name;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        BlobKey = $"hand-ins/{handIn.InstitutionId:N}/{handIn.Id:N}/{Id:N}";
    }

    public Guid Id { get; private set; }

    public Guid HandInId { get; private set; }

    /// <summary>The file's place in the upload, as the student chose the files.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public string BlobKey { get; private set; } = "";
}

public enum HandInVerdict
{
    Accepted,
    AlreadyPassed,
    Closed,
}

/// <summary>
/// When a hand-in is accepted, and as which attempt: before the deadline as the first attempt, before the resit
/// deadline as the resit, afterwards late or not at all as the assessment says; never once the student has passed.
/// </summary>
public static class HandInWindow
{
    public sealed record Decision(HandInVerdict Verdict, int Attempt, bool Late);

    /// <param name="publishedMark">The student's published final mark for the assessment, if any.</param>
    public static Decision Decide(PlannedAssessment assessment, Mark? publishedMark, DateTimeOffset now)
    {
        if (publishedMark is { IsSufficient: true })
        {
            return new Decision(HandInVerdict.AlreadyPassed, 0, false);
        }

        if (assessment.Deadline is not { } deadline || now <= deadline)
        {
            return new Decision(HandInVerdict.Accepted, 1, false);
        }

        if (assessment.ResitDeadline is { } resitDeadline && now <= resitDeadline)
        {
            return new Decision(HandInVerdict.Accepted, 2, false);
        }

        var attempt = publishedMark is null ? 1 : 2;
        return new Decision(assessment.LateHandIn == LateHandIn.Refuse ? HandInVerdict.Closed : HandInVerdict.Accepted, attempt, true);
    }
}
