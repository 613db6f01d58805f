namespace Minor.Platform.Curriculum.Contracts;

/// <summary>A module of the minor (a "Course" in code), in the published curriculum version.</summary>
public sealed record CourseDto(
    string Code,
    string Title,
    string TitleEn,
    decimal Ec,
    int Order,
    string Summary,
    string SummaryEn,
    IReadOnlyList<LearningOutcomeDto> LearningOutcomes);
