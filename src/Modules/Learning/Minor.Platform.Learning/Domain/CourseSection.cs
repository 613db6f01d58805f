using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Learning.Domain;

/// <summary>
/// A section of a module page for one cohort: formatted text (Markdown, sanitised when shown), materials, the learning
/// outcomes it serves, and the moment students may see it.
/// </summary>
public sealed class CourseSection : AuditedEntity, ITenantOwned
{
    private CourseSection()
    {
    }

    public CourseSection(Guid institutionId, Guid cohortId, string courseCode, int position)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        CourseCode = courseCode;
        Position = position;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>Students see the section from this moment; null: at once.</summary>
    public DateTimeOffset? VisibleFrom { get; private set; }

    public List<string> LearningOutcomeCodes { get; private set; } = [];

    public List<Material> Materials { get; private set; } = [];

    public bool IsVisibleAt(DateTimeOffset now) => VisibleFrom is null || VisibleFrom <= now;

    public void Define(string title, string body, DateTimeOffset? visibleFrom, IReadOnlyList<string> learningOutcomeCodes)
    {
        Title = title;
        Body = body;
        VisibleFrom = visibleFrom;
        LearningOutcomeCodes = [.. learningOutcomeCodes];
    }

    public Material AddMaterial(Material material)
    {
        material.PlaceIn(Id, Materials.Count == 0 ? 1 : Materials.Max(m => m.Position) + 1);
        Materials.Add(material);
        return material;
    }
}
