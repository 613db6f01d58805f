namespace Minor.Platform.SharedKernel.Data;

/// <summary>Who created and last changed a row, and when; stamped by <see cref="AuditInterceptor"/>.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }

    Guid? CreatedBy { get; set; }

    DateTimeOffset? ModifiedAt { get; set; }

    Guid? ModifiedBy { get; set; }
}
