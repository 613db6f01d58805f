namespace Minor.Platform.Curriculum.Contracts;

/// <summary>A version of the national curriculum: "draft" while the board edits it, "published" (read-only) after.</summary>
public sealed record CurriculumVersionDto(int Version, string Status, DateOnly? PublishedOn)
{
    public const string Draft = "draft";
    public const string Published = "published";
}

/// <summary>What changes between two curriculum versions, module by module; unchanged modules are left out.</summary>
public sealed record CurriculumDiffDto(int From, int To, IReadOnlyList<ModuleChangeDto> Modules);

/// <summary>
/// One module's change: "added", "removed" or "changed"; for a change, what differs (title, EC, description) and which
/// learning outcomes were added, removed or reworded (by code).
/// </summary>
public sealed record ModuleChangeDto(
    string Code,
    string Change,
    string Title,
    string TitleEn,
    bool TitleChanged,
    decimal? EcBefore,
    decimal? EcAfter,
    bool SummaryChanged,
    IReadOnlyList<string> OutcomesAdded,
    IReadOnlyList<string> OutcomesRemoved,
    IReadOnlyList<string> OutcomesReworded)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
}

/// <summary>A diff with the modules of both versions, so a page can quote the learning outcomes that changed (the partial _CurriculumDiff shows it).</summary>
public sealed record CurriculumDiffView(CurriculumDiffDto Diff, IReadOnlyDictionary<string, CourseDto> Before, IReadOnlyDictionary<string, CourseDto> After);
