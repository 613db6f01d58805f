using Minor.Platform.Curriculum.Contracts;

namespace Minor.Platform.Curriculum.Features;

/// <summary>Compares two versions' modules by code, and their learning outcomes by code and wording.</summary>
public static class CurriculumDiff
{
    public static CurriculumDiffDto Between(int from, IReadOnlyList<CourseDto> before, int to, IReadOnlyList<CourseDto> after)
    {
        var old = before.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var changes = new List<ModuleChangeDto>();
        foreach (var course in after)
        {
            if (!old.Remove(course.Code, out var previous))
            {
                changes.Add(Whole(course, ModuleChangeDto.Added, null, course.Ec));
                continue;
            }

            var oldOutcomes = previous.LearningOutcomes.ToDictionary(o => o.Code, StringComparer.Ordinal);
            var newOutcomes = course.LearningOutcomes.ToDictionary(o => o.Code, StringComparer.Ordinal);
            var added = newOutcomes.Keys.Where(k => !oldOutcomes.ContainsKey(k)).ToList();
            var removed = oldOutcomes.Keys.Where(k => !newOutcomes.ContainsKey(k)).ToList();
            var reworded = newOutcomes.Values.Where(o => oldOutcomes.TryGetValue(o.Code, out var was)
                && (was.Description != o.Description || was.DescriptionEn != o.DescriptionEn)).Select(o => o.Code).ToList();
            var titleChanged = previous.Title != course.Title || previous.TitleEn != course.TitleEn;
            var summaryChanged = previous.Summary != course.Summary || previous.SummaryEn != course.SummaryEn;
            if (titleChanged || summaryChanged || previous.Ec != course.Ec || added.Count + removed.Count + reworded.Count > 0)
            {
                changes.Add(new ModuleChangeDto(
                    course.Code, ModuleChangeDto.Changed, course.Title, course.TitleEn, titleChanged, previous.Ec, course.Ec, summaryChanged, added, removed, reworded));
            }
        }

        changes.AddRange(old.Values.Select(c => Whole(c, ModuleChangeDto.Removed, c.Ec, null)));
        return new CurriculumDiffDto(from, to, changes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    private static ModuleChangeDto Whole(CourseDto course, string change, decimal? ecBefore, decimal? ecAfter)
    {
        var codes = course.LearningOutcomes.Select(o => o.Code).ToList();
        return new ModuleChangeDto(
            course.Code, change, course.Title, course.TitleEn, false, ecBefore, ecAfter, false,
            change == ModuleChangeDto.Added ? codes : [], change == ModuleChangeDto.Removed ? codes : [], []);
    }
}
