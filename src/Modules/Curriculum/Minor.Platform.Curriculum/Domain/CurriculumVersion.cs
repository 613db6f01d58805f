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

    public bool IsPublished => PublishedAt is not null;

    /// <summary>A new draft with the modules and learning outcomes of <paramref name="source"/>, for the board to change.</summary>
    public static CurriculumVersion DraftFrom(CurriculumVersion source, int number)
    {
        var draft = new CurriculumVersion(number, source.Title, source.TitleEn);
        foreach (var course in source.Courses.OrderBy(c => c.Order))
        {
            var copy = draft.AddCourse(course.Code, course.Title, course.TitleEn, course.Ec, course.Order, course.Summary, course.SummaryEn);
            copy.ReplaceLearningOutcomes(course.LearningOutcomes.OrderBy(o => o.Order).Select(o => (o.Code, o.Description, o.DescriptionEn)));
        }

        return draft;
    }

    /// <summary>Changes a module of this draft, or adds it when the code is new; its learning outcomes are replaced as a whole.</summary>
    public Course SaveCourse(
        string code, string title, string titleEn, decimal ec, string summary, string summaryEn,
        IEnumerable<(string Code, string Description, string DescriptionEn)> outcomes)
    {
        EnsureDraft();
        var course = _courses.FirstOrDefault(c => c.Code == code)
            ?? AddCourse(code, title, titleEn, ec, _courses.Count == 0 ? 1 : _courses.Max(c => c.Order) + 1, summary, summaryEn);
        course.Change(title, titleEn, ec, summary, summaryEn);
        course.ReplaceLearningOutcomes(outcomes);
        return course;
    }

    public void RemoveCourse(string code)
    {
        EnsureDraft();
        _courses.Remove(_courses.FirstOrDefault(c => c.Code == code) ?? throw new BusinessRuleException("Curriculum:UnknownModule"));
    }

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

    public void EnsureDraft()
    {
        if (PublishedAt is not null)
        {
            throw new BusinessRuleException("Curriculum:VersionPublished");
        }
    }
}
