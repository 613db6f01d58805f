using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Curriculum.Domain;

/// <summary>A module of the minor ("Course" in code, so that "module" means a code module).</summary>
public sealed class Course : AuditedEntity
{
    private readonly List<LearningOutcome> _learningOutcomes = [];

    private Course()
    {
    }

    internal Course(Guid versionId, string code, string title, string titleEn, decimal ec, int order, string summary, string summaryEn)
    {
        VersionId = versionId;
        Code = code;
        Order = order;
        Change(title, titleEn, ec, summary, summaryEn);
    }

    public Guid VersionId { get; private set; }

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string TitleEn { get; private set; } = "";

    public decimal Ec { get; private set; }

    public int Order { get; private set; }

    public string Summary { get; private set; } = "";

    public string SummaryEn { get; private set; } = "";

    public IReadOnlyList<LearningOutcome> LearningOutcomes => _learningOutcomes;

    public void AddLearningOutcome(string code, string description, string descriptionEn)
    {
        if (!description.StartsWith("De student ", StringComparison.Ordinal))
        {
            throw new BusinessRuleException("Curriculum:OutcomeForm");
        }

        if (_learningOutcomes.Any(o => o.Code == code))
        {
            throw new BusinessRuleException("Curriculum:DuplicateOutcomeCode");
        }

        _learningOutcomes.Add(new LearningOutcome(code, description, descriptionEn, _learningOutcomes.Count + 1));
    }

    internal void Change(string title, string titleEn, decimal ec, string summary, string summaryEn)
    {
        if (ec <= 0 || ec > 30 || ec * 2 != decimal.Truncate(ec * 2))
        {
            throw new BusinessRuleException("Curriculum:InvalidEc");
        }

        Title = title;
        TitleEn = titleEn;
        Ec = ec;
        Summary = summary;
        SummaryEn = summaryEn;
    }

    internal void ReplaceLearningOutcomes(IEnumerable<(string Code, string Description, string DescriptionEn)> outcomes)
    {
        _learningOutcomes.Clear();
        foreach (var (code, description, descriptionEn) in outcomes)
        {
            AddLearningOutcome(code, description, descriptionEn);
        }
    }
}
