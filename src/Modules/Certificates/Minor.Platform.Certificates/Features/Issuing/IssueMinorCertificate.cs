using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>A completed minor earns the minor certificate.</summary>
public sealed class IssueMinorCertificate(CertificateIssuer issuer) : IIntegrationEventHandler<MinorCompleted>
{
    public Task HandleAsync(MinorCompleted completed, CancellationToken cancellationToken) =>
        issuer.IssueMinorAsync(
            new CompletedMinor(completed.CompletionId, completed.InstitutionId, completed.StudentId, completed.TotalEc),
            cancellationToken);
}
