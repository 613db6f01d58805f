using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Curriculum.Domain;

/// <summary>One version of the national minor. A published version is read-only; cohorts keep the one they began with.</summary>
public sealed class CurriculumVersion : AuditedEntity
{
    private readonly List<Course> _courses = [];

    private CurriculumVersion()
    {
    }

    public CurriculumVersion(int number, string title, string titleEn)
    {
        Number = number > 0 ? number : throw new ArgumentOutOfRangeException(nameof(number));
        Title = title;
        TitleEn = titleEn;
    }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string TitleEn { get; private set; } = "";

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<Course> Courses => _courses;

    public decimal TotalEc => _courses.Sum(c => c.Ec);

    public Course AddCourse(string code, string title, string titleEn, decimal ec, int order, string summary, string summaryEn)
    {
        EnsureDraft();
        if (_courses.Any(c => c.Code == code))
        {
            throw new BusinessRuleException("Curriculum:DuplicateModuleCode");
        }

        var course = new Course(Id, code, title, titleEn, ec, order, summary, summaryEn);
        _courses.Add(course);
        return course;
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureDraft();
        if (_courses.Count == 0 || _courses.Any(c => c.LearningOutcomes.Count == 0))
        {
            throw new BusinessRuleException("Curriculum:IncompleteVersion");
        }

        PublishedAt = now;
    }

    private void EnsureDraft()
    {
        if (PublishedAt is not null)
        {
            throw new BusinessRuleException("Curriculum:VersionPublished");
        }
    }
}
