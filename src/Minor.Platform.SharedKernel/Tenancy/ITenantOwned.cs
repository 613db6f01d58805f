namespace Minor.Platform.SharedKernel.Tenancy;

/// <summary>A row that belongs to one hogeschool. A global query filter hides other hogescholen's rows.</summary>
public interface ITenantOwned
{
    Guid InstitutionId { get; }
}
