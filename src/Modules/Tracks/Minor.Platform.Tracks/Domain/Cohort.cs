using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

/// <summary>A group of students of one hogeschool that starts the minor together.</summary>
public sealed class Cohort : AuditedEntity, ITenantOwned
{
    private Cohort()
    {
    }

    public Cohort(Guid institutionId, string name, DateOnly startsOn, int curriculumVersion)
    {
        InstitutionId = institutionId;
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A cohort needs a name.", nameof(name)) : name.Trim();
        StartsOn = startsOn;
        CurriculumVersion = curriculumVersion;
    }

    public Guid InstitutionId { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    /// <summary>The curriculum version the cohort follows until a coordinator moves it.</summary>
    public int CurriculumVersion { get; private set; }

    public void MoveToCurriculum(int version) => CurriculumVersion = version;
}
