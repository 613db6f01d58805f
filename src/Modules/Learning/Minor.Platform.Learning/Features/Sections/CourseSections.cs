using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Domain;
using Minor.Platform.Learning.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.Learning.Features.Sections;

public sealed record SectionInput(string? Title, string? Body, DateTimeOffset? VisibleFrom, IReadOnlyList<string>? LearningOutcomeCodes);

public sealed record MaterialInput(string? Kind, string? Title, string? Url);

public sealed record MaterialView(Guid Id, string Kind, string Title, string? Url, string? PlayerUrl, string? FileName, long? Size);

public sealed record SectionView(
    Guid Id, string Title, string Body, DateTimeOffset? VisibleFrom, bool Visible, IReadOnlyList<string> LearningOutcomeCodes, IReadOnlyList<MaterialView> Materials);

/// <summary>A module page of a cohort: the module (in the cohort's curriculum version) and its sections in order.</summary>
public sealed record CoursePageView(Guid CohortId, string CohortName, CourseDto Course, IReadOnlyList<SectionView> Sections);


/// <summary>
/// Lecturers write a module's page per cohort in sections (formatted text, files, links, videos, each section tied to
/// learning outcomes and visible from a moment); students of the cohort read what is visible.
/// </summary>
public sealed class CourseSections(
    LearningDbContext db, CohortAccess access, IBlobStore blobs, IStringLocalizer<LearningResource> localizer, TimeProvider time)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const long MaxRequestBytes = MaxFileBytes + (1024 * 1024);
    private static readonly UploadLimits FileLimits = new(1, MaxFileBytes, FileKind.HandIn);

    public async Task<CoursePageView> GetForStaffAsync(Guid cohortId, string code, CancellationToken cancellationToken) =>
        await PageAsync(await access.CourseAsync(cohortId, code, cancellationToken), visibleOnly: false, cancellationToken);

    public async Task<CoursePageView> GetMineAsync(string code, CancellationToken cancellationToken) =>
        await PageAsync(await access.MyCourseAsync(code, cancellationToken), visibleOnly: true, cancellationToken);

    public async Task<SectionView> AddSectionAsync(Guid cohortId, string code, SectionInput input, CancellationToken cancellationToken)
    {
        var scope = await access.CourseAsync(cohortId, code, cancellationToken);
        var (title, body, outcomes) = Validate(input, scope.Course);
        var last = await db.Sections.Where(s => s.CohortId == cohortId && s.CourseCode == code).MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
        var section = new CourseSection(scope.Cohort.InstitutionId, cohortId, scope.Course.Code, last + 1);
        section.Define(title, body, input.VisibleFrom, outcomes);
        db.Sections.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(section, time.GetUtcNow());
    }

    public async Task<SectionView> UpdateSectionAsync(Guid sectionId, SectionInput input, CancellationToken cancellationToken)
    {
        var (section, scope) = await SectionAsync(sectionId, cancellationToken);
        var (title, body, outcomes) = Validate(input, scope.Course);
        section.Define(title, body, input.VisibleFrom, outcomes);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(section, time.GetUtcNow());
    }

    /// <summary>Removes a section and its materials; files go from the blob store after the rows are gone.</summary>
    public async Task DeleteSectionAsync(Guid sectionId, CancellationToken cancellationToken)
    {
        var (section, _) = await SectionAsync(sectionId, cancellationToken);
        var keys = section.Materials.Select(m => m.BlobKey).OfType<string>().ToList();
        db.Sections.Remove(section);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in keys)
        {
            await blobs.DeleteAsync(key, cancellationToken);
        }
    }

    public async Task<MaterialView> AddLinkAsync(Guid sectionId, MaterialInput input, CancellationToken cancellationToken)
    {
        var (section, _) = await SectionAsync(sectionId, cancellationToken);
        var errors = new InputErrors();
        var video = input.Kind == "video";
        if (input.Kind is not ("link" or "video"))
        {
            errors.Add("kind", localizer["Learning:MaterialKind"]);
        }

        var title = RequireTitle(errors, input.Title);
        Uri? url = null;
        if (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https") || url.AbsoluteUri.Length > 2000)
        {
            errors.Add("url", localizer["Learning:UrlInvalid"]);
        }
        else if (video && VideoEmbed.PlayerFor(url) is null)
        {
            errors.Add("url", localizer["Learning:VideoHost"]);
        }

        errors.ThrowIfAny();
        var material = section.AddMaterial(video ? Material.Video(title, url!) : Material.Link(title, url!));
        db.Materials.Add(material);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(material);
    }

    public async Task<MaterialView> AddFileAsync(Guid sectionId, string? title, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var (section, _) = await SectionAsync(sectionId, cancellationToken);
        var errors = new InputErrors();
        var accepted = FileUploads.Check(files, FileLimits, errors, "file", localizer, "Learning");
        var checkedTitle = string.IsNullOrWhiteSpace(title) && accepted.Count == 1 ? Path.GetFileNameWithoutExtension(accepted[0].File.Name ?? "") : title;
        var shown = RequireTitle(errors, checkedTitle);
        errors.ThrowIfAny();

        var file = await FileUploads.ReadAsync(accepted[0].File, accepted[0].Kind, cancellationToken);
        var key = $"learning/{section.CohortId}/{Guid.CreateVersion7()}";
        await using (var content = file.Open())
        {
            await blobs.SaveAsync(key, content, cancellationToken);
        }

        var material = section.AddMaterial(Material.File(shown, key, file.Name, file.Kind.ContentType, file.Length, file.Sha256));
        db.Materials.Add(material);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await blobs.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return ToView(material);
    }

    public async Task RemoveMaterialAsync(Guid materialId, CancellationToken cancellationToken)
    {
        var material = await db.Materials.FirstOrDefaultAsync(m => m.Id == materialId, cancellationToken) ?? throw new NotFoundException("material");
        await SectionAsync(material.SectionId, cancellationToken);
        db.Materials.Remove(material);
        await db.SaveChangesAsync(cancellationToken);
        if (material.BlobKey is { } key)
        {
            await blobs.DeleteAsync(key, cancellationToken);
        }
    }

    /// <summary>A material's file for its cohort's staff, or for a student of the cohort once the section is visible.</summary>
    public async Task<StoredFile> DownloadAsync(Guid materialId, CancellationToken cancellationToken)
    {
        var found = await db.Materials.AsNoTracking().Where(m => m.Id == materialId && m.BlobKey != null)
            .Join(db.Sections, m => m.SectionId, s => s.Id, (m, s) => new { Material = m, Section = s })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("material");
        if (!await access.MayReadAsync(found.Section.CohortId, cancellationToken) || (!access.IsStaff && !found.Section.IsVisibleAt(time.GetUtcNow())))
        {
            throw new NotFoundException("material");
        }

        var content = await blobs.OpenReadAsync(found.Material.BlobKey!, cancellationToken) ?? throw new NotFoundException("material");
        return new StoredFile(found.Material.FileName!, found.Material.ContentType!, content);
    }

    private async Task<CoursePageView> PageAsync(CourseScope scope, bool visibleOnly, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sections = await db.Sections.AsNoTracking().Include(s => s.Materials)
            .Where(s => s.CohortId == scope.Cohort.Id && s.CourseCode == scope.Course.Code && (!visibleOnly || s.VisibleFrom == null || s.VisibleFrom <= now))
            .OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return new CoursePageView(scope.Cohort.Id, scope.Cohort.Name, scope.Course, sections.Select(s => ToView(s, now)).ToList());
    }

    /// <summary>The section with its materials, when the caller teaches its cohort.</summary>
    private async Task<(CourseSection Section, CourseScope Scope)> SectionAsync(Guid sectionId, CancellationToken cancellationToken)
    {
        var section = await db.Sections.Include(s => s.Materials).FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken) ?? throw new NotFoundException("section");
        return (section, await access.CourseAsync(section.CohortId, section.CourseCode, cancellationToken));
    }

    private (string Title, string Body, IReadOnlyList<string> Outcomes) Validate(SectionInput input, CourseDto course)
    {
        var errors = new InputErrors();
        var title = RequireTitle(errors, input.Title);
        if (input.Body?.Length > 20000)
        {
            errors.Add("body", localizer["Learning:TooLong", 20000]);
        }

        var known = course.LearningOutcomes.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var outcomes = (input.LearningOutcomeCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (outcomes.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            errors.Add("learningOutcomeCodes", localizer["Learning:UnknownOutcome", unknown]);
        }

        errors.ThrowIfAny();
        return (title, input.Body?.Trim() ?? "", outcomes);
    }

    private string RequireTitle(InputErrors errors, string? title)
    {
        errors.RequireText("title", title, 200, localizer["Learning:TitleRequired"], localizer["Learning:TooLong", 200]);
        return title?.Trim() ?? "";
    }

    private static SectionView ToView(CourseSection section, DateTimeOffset now) => new(
        section.Id, section.Title, section.Body, section.VisibleFrom, section.IsVisibleAt(now), section.LearningOutcomeCodes,
        section.Materials.OrderBy(m => m.Position).Select(ToView).ToList());

    private static MaterialView ToView(Material material) => new(
        material.Id, material.Kind.ToString().ToLowerInvariant(), material.Title, material.Url,
        material.Kind == MaterialKind.Video && material.Url is { } url ? VideoEmbed.PlayerFor(new Uri(url)) : null,
        material.FileName, material.Size);
}
