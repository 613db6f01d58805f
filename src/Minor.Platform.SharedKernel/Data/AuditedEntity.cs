namespace Minor.Platform.SharedKernel.Data;

/// <summary>Base for entities with a version-7 id and audit columns.</summary>
public abstract class AuditedEntity : IAudited
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public Guid? ModifiedBy { get; set; }
}
