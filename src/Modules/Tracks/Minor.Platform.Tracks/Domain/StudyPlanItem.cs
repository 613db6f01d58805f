using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

public enum StudyPlanItemKind
{
    Required,
    Exempted,
    Replaced,
    Bridging,
}

/// <summary>
/// One line of a student's study plan (onderwijsovereenkomst) in a cohort: a module (required, exempted as VR, or
/// replaced by the track's own unit) or a bridging unit. The plan decides when the minor is complete.
/// </summary>
public sealed class StudyPlanItem : AuditedEntity, ITenantOwned
{
    private StudyPlanItem()
    {
    }

    public StudyPlanItem(Guid institutionId, Guid cohortId, Guid studentId, int position, string code, StudyPlanItemKind kind, decimal ec, string? note, string? noteEn)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        StudentId = studentId;
        Position = position;
        Code = code;
        Kind = kind;
        Ec = ec;
        Note = note;
        NoteEn = noteEn;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public Guid StudentId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The module's or bridging unit's code.</summary>
    public string Code { get; private set; } = "";

    public StudyPlanItemKind Kind { get; private set; }

    public decimal Ec { get; private set; }

    /// <summary>For a replaced module, what replaces it; for a bridging unit, its name.</summary>
    public string? Note { get; private set; }

    public string? NoteEn { get; private set; }

    /// <summary>Learning outcomes the examencommissie exempted when it exempted the module partly.</summary>
    public List<string> ExemptedOutcomes { get; private set; } = [];

    /// <summary>When a bridging unit was passed (voldaan).</summary>
    public DateTimeOffset? PassedAt { get; private set; }

    public bool IsModule => Kind != StudyPlanItemKind.Bridging;

    /// <summary>A granted exemption: the module counts as VR. Final.</summary>
    public void Exempt()
    {
        EnsureModule();
        Kind = StudyPlanItemKind.Exempted;
        ExemptedOutcomes = [];
    }

    /// <summary>A partial exemption: the named learning outcomes need not be shown again; the module stays in the plan.</summary>
    public void ExemptOutcomes(IEnumerable<string> outcomes)
    {
        EnsureModule();
        ExemptedOutcomes = ExemptedOutcomes.Union(outcomes).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A coordinator's change before the start: required, or replaced with a note saying by what.</summary>
    public void Plan(StudyPlanItemKind kind, string? note, string? noteEn)
    {
        if (Kind is StudyPlanItemKind.Exempted or StudyPlanItemKind.Bridging || kind is not (StudyPlanItemKind.Required or StudyPlanItemKind.Replaced))
        {
            throw new BusinessRuleException("Tracks:StudyPlanKindFixed") { MessageArguments = [Code] };
        }

        Kind = kind;
        Note = kind == StudyPlanItemKind.Replaced ? note : null;
        NoteEn = kind == StudyPlanItemKind.Replaced ? noteEn ?? note : null;
    }

    public void Pass(DateTimeOffset at)
    {
        if (Kind != StudyPlanItemKind.Bridging)
        {
            throw new BusinessRuleException("Tracks:NotABridgingUnit") { MessageArguments = [Code] };
        }

        PassedAt ??= at;
    }

    private void EnsureModule()
    {
        if (!IsModule)
        {
            throw new BusinessRuleException("Tracks:NotAModule") { MessageArguments = [Code] };
        }
    }
}
