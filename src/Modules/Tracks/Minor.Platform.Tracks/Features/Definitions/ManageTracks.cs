using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Definitions;

public sealed record ReplacementInput(string? Module, string? Note, string? NoteEn);

public sealed record BridgingUnitInput(string? Code, string? Name, string? NameEn);

public sealed record TrackInput(
    string? Code,
    string? Name,
    string? NameEn,
    string? Description,
    string? DescriptionEn,
    string? EntryRequirements,
    string? EntryRequirementsEn,
    IReadOnlyList<string>? Exemptible,
    IReadOnlyList<ReplacementInput>? Replaced,
    IReadOnlyList<BridgingUnitInput>? BridgingUnits,
    int? DurationSemesters);

public sealed record TrackView(
    string Code, string Name, string NameEn, string Description, string DescriptionEn, string EntryRequirements, string EntryRequirementsEn,
    IReadOnlyList<string> Exemptible, IReadOnlyList<ModuleReplacement> Replaced, IReadOnlyList<BridgingUnit> BridgingUnits, int DurationSemesters)
{
    public static TrackView Of(Track t) => new(
        t.Code, t.Name, t.NameEn, t.Description, t.DescriptionEn, t.Definition.EntryRequirements, t.Definition.EntryRequirementsEn,
        t.Definition.Exemptible, t.Definition.Replaced, t.Definition.BridgingUnits, t.Definition.DurationSemesters);
}

/// <summary>
/// The national curriculum board adds tracks and changes what they ask and offer. A change applies to students
/// admitted after it; study plans already made keep what they were made with.
/// </summary>
public sealed partial class ManageTracks(TracksDbContext db, ICurriculumQueries curriculum, IStringLocalizer<TracksResource> localizer)
{
    public async Task<IReadOnlyList<TrackView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Tracks.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken)).Select(TrackView.Of).ToList();

    public async Task<TrackView> GetAsync(string code, CancellationToken cancellationToken) =>
        TrackView.Of(await FindAsync(code, cancellationToken) ?? throw new NotFoundException("track"));

    /// <summary>Adds a track (<paramref name="existingCode"/> null) or changes one.</summary>
    public async Task<TrackView> SaveAsync(string? existingCode, TrackInput input, CancellationToken cancellationToken)
    {
        var track = existingCode is null ? null : await FindAsync(existingCode, cancellationToken) ?? throw new NotFoundException("track");
        var modules = (await curriculum.ListCoursesAsync(cancellationToken)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new InputErrors();
        var code = (track?.Code ?? input.Code ?? "").Trim().ToUpperInvariant();
        if (track is null)
        {
            if (!CodePattern().IsMatch(code) || modules.Contains(code))
            {
                errors.Add("code", localizer["Track:Code"]);
            }
            else if (await db.Tracks.AnyAsync(t => t.Code == code, cancellationToken))
            {
                errors.Add("code", localizer["Track:CodeTaken", code]);
            }
        }

        string required = localizer["Track:Required"];
        string tooLong = localizer["Tracks:ReasonTooLong"];
        errors.RequireText("name", input.Name, 200, required, tooLong)
            .RequireText("nameEn", input.NameEn, 200, required, tooLong)
            .RequireText("description", input.Description, 2000, required, tooLong)
            .RequireText("descriptionEn", input.DescriptionEn, 2000, required, tooLong)
            .RequireText("entryRequirements", input.EntryRequirements, 1000, required, tooLong)
            .RequireText("entryRequirementsEn", input.EntryRequirementsEn, 1000, required, tooLong);
        if (input.DurationSemesters is not (>= 1 and <= 4))
        {
            errors.Add("durationSemesters", localizer["Track:Duration"]);
        }

        var exemptible = (input.Exemptible ?? []).Select(m => m.Trim()).Distinct().ToList();
        if (exemptible.Any(m => !modules.Contains(m)))
        {
            errors.Add("exemptible", localizer["Tracks:UnknownModule"]);
        }

        var replaced = new List<ModuleReplacement>();
        foreach (var (replacement, i) in (input.Replaced ?? []).Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(replacement.Module) && string.IsNullOrWhiteSpace(replacement.Note))
            {
                continue;
            }

            if (!modules.Contains(replacement.Module?.Trim() ?? "") || replaced.Any(r => r.Module == replacement.Module!.Trim()))
            {
                errors.Add($"replaced[{i}].module", localizer["Tracks:UnknownModule"]);
            }

            errors.RequireText($"replaced[{i}].note", replacement.Note, 500, localizer["Tracks:ReplacementRequired"], tooLong);
            replaced.Add(new ModuleReplacement(replacement.Module?.Trim() ?? "", replacement.Note?.Trim() ?? "",
                string.IsNullOrWhiteSpace(replacement.NoteEn) ? replacement.Note?.Trim() ?? "" : replacement.NoteEn.Trim()));
        }

        var bridging = new List<BridgingUnit>();
        foreach (var (unit, i) in (input.BridgingUnits ?? []).Select((u, i) => (u, i)))
        {
            if (string.IsNullOrWhiteSpace(unit.Code) && string.IsNullOrWhiteSpace(unit.Name))
            {
                continue;
            }

            var unitCode = unit.Code?.Trim().ToUpperInvariant() ?? "";
            if (!CodePattern().IsMatch(unitCode) || modules.Contains(unitCode) || bridging.Any(b => b.Code == unitCode))
            {
                errors.Add($"bridgingUnits[{i}].code", localizer["Track:UnitCode"]);
            }

            errors.RequireText($"bridgingUnits[{i}].name", unit.Name, 200, required, tooLong);
            bridging.Add(new BridgingUnit(unitCode, unit.Name?.Trim() ?? "", string.IsNullOrWhiteSpace(unit.NameEn) ? unit.Name?.Trim() ?? "" : unit.NameEn.Trim()));
        }

        errors.ThrowIfAny();
        if (track is null)
        {
            track = new Track(code, input.Name!.Trim(), input.NameEn!.Trim(), input.Description!.Trim(), input.DescriptionEn!.Trim());
            db.Tracks.Add(track);
        }

        track.Describe(input.Name!.Trim(), input.NameEn!.Trim(), input.Description!.Trim(), input.DescriptionEn!.Trim());
        track.Define(new TrackDefinition(
            input.EntryRequirements!.Trim(), input.EntryRequirementsEn!.Trim(), exemptible, replaced, bridging, input.DurationSemesters!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return TrackView.Of(track);
    }

    private Task<Track?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Tracks.FirstOrDefaultAsync(t => t.Code == normalized, cancellationToken);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,15}$")]
    private static partial Regex CodePattern();
}
