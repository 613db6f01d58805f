namespace Minor.Platform.Tracks.Domain;

/// <summary>
/// What a track asks and offers: who may enter, which modules a student may ask to have exempted on evidence (EVC),
/// which modules it replaces by a shorter or different unit, its bridging units (pass/fail, 0 EC) and its duration.
/// Every module of the curriculum not exempted is required.
/// </summary>
public sealed record TrackDefinition(
    string EntryRequirements,
    string EntryRequirementsEn,
    IReadOnlyList<string> Exemptible,
    IReadOnlyList<ModuleReplacement> Replaced,
    IReadOnlyList<BridgingUnit> BridgingUnits,
    int DurationSemesters)
{
    public static readonly TrackDefinition Regular = new("", "", [], [], [], 1);
}

/// <summary>A module the track fills in differently (a shortened M3, say); it is still assessed under its own code.</summary>
public sealed record ModuleReplacement(string Module, string Note, string NoteEn);

/// <summary>An extra unit of a track, pass/fail and 0 EC, that the minor's completion waits for.</summary>
public sealed record BridgingUnit(string Code, string Name, string NameEn);
