namespace Minor.Platform.Certificates.Contracts;

public interface ICertificateQueries
{
    /// <summary>A student's certificates at the caller's hogeschool.</summary>
    Task<IReadOnlyList<CertificateSummaryDto>> ListOfStudentAsync(Guid studentId, CancellationToken cancellationToken);
}
