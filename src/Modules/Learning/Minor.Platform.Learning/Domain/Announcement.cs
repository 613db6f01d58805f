using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Learning.Domain;

/// <summary>A message from a lecturer or coordinator to a cohort, or to the students of one module in it.</summary>
public sealed class Announcement : AuditedEntity, ITenantOwned
{
    private Announcement()
    {
    }

    public Announcement(Guid institutionId, Guid cohortId, string? courseCode, string title, string body, Guid? authorId, DateTimeOffset publishedAt)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        CourseCode = courseCode;
        Title = title;
        Body = body;
        AuthorId = authorId;
        PublishedAt = publishedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public string? CourseCode { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public Guid? AuthorId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}
