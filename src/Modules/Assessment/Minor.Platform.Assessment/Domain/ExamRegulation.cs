using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>The settings of a hogeschool's OER that the platform applies; absent means the defaults.</summary>
public sealed class ExamRegulation : ITenantOwned
{
    public const RoundingRule DefaultRounding = RoundingRule.OneDecimalHalfUp;

    private ExamRegulation()
    {
    }

    public ExamRegulation(Guid institutionId, RoundingRule moduleResultRounding)
    {
        InstitutionId = institutionId;
        ModuleResultRounding = moduleResultRounding;
    }

    public Guid InstitutionId { get; private set; }

    public RoundingRule ModuleResultRounding { get; set; }
}
