namespace Minor.Platform.SharedKernel.Data;

/// <summary>Implemented by a module's DbContext so its tenant filter reads the caller's hogeschool per query.</summary>
public interface ITenantFilterSource
{
    Guid? CurrentInstitutionId { get; }
}
