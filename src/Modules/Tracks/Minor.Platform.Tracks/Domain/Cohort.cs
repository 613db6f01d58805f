using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

/// <summary>
/// A group of students of one hogeschool that follows the minor together in one period. Its coordinator opens it,
/// closes enrolment when it is full or has started, and archives it when it is over.
/// </summary>
public sealed class Cohort : AuditedEntity, ITenantOwned
{
    public const int MaxCapacity = 1000;

    private Cohort()
    {
    }

    public Cohort(Guid institutionId, string name, DateOnly startsOn, DateOnly endsOn, int? capacity, int curriculumVersion, bool enrolmentOpen)
    {
        InstitutionId = institutionId;
        CurriculumVersion = curriculumVersion;
        EnrolmentOpen = enrolmentOpen;
        Change(name, startsOn, endsOn, capacity);
    }

    public Guid InstitutionId { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>How many students may be enrolled; null for no limit.</summary>
    public int? Capacity { get; private set; }

    /// <summary>Whether applicants can be admitted to it.</summary>
    public bool EnrolmentOpen { get; private set; }

    /// <summary>When it was archived: over, read-only, no longer offered for admission.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>The curriculum version the cohort follows until a coordinator moves it.</summary>
    public int CurriculumVersion { get; private set; }

    public void Change(string name, DateOnly startsOn, DateOnly endsOn, int? capacity)
    {
        if (ArchivedAt is not null)
        {
            throw new BusinessRuleException("Tracks:CohortArchived");
        }

        if (endsOn <= startsOn)
        {
            throw new BusinessRuleException("Tracks:CohortEndsBeforeStart");
        }

        if (capacity is < 1 or > MaxCapacity)
        {
            throw new BusinessRuleException("Tracks:CohortCapacityInvalid") { MessageArguments = [MaxCapacity] };
        }

        Name = string.IsNullOrWhiteSpace(name) ? throw new BusinessRuleException("Tracks:CohortNameRequired") : name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Capacity = capacity;
    }

    public void SetEnrolment(bool open)
    {
        if (ArchivedAt is not null)
        {
            throw new BusinessRuleException("Tracks:CohortArchived");
        }

        EnrolmentOpen = open;
    }

    public void Archive(DateTimeOffset now)
    {
        ArchivedAt ??= now;
        EnrolmentOpen = false;
    }

    public void MoveToCurriculum(int version) => CurriculumVersion = version;
}
