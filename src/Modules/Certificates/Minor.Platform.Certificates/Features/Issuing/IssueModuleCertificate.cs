using Minor.Platform.Assessment.Contracts;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>A passing module result earns a module certificate.</summary>
public sealed class IssueModuleCertificate(CertificateIssuer issuer) : IIntegrationEventHandler<ModuleResultPublished>
{
    public async Task HandleAsync(ModuleResultPublished published, CancellationToken cancellationToken)
    {
        if (published.Passed)
        {
            await issuer.IssueModuleAsync(
                new PassedModule(published.ResultId, published.InstitutionId, published.CohortId, published.CourseCode, published.StudentId,
                    published.Grade, published.ExaminerId),
                cancellationToken);
        }
    }
}
