using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Api;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Features;
using Minor.Platform.Certificates.Features.Bulk;
using Minor.Platform.Certificates.Features.Credentials;
using Minor.Platform.Certificates.Features.Downloads;
using Minor.Platform.Certificates.Features.Issuing;
using Minor.Platform.Certificates.Features.Revocation;
using Minor.Platform.Certificates.Features.Transcripts;
using Minor.Platform.Certificates.Features.Verification;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.Certificates.Rendering;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates;

public static class CertificatesModule
{
    public static IServiceCollection AddCertificatesModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<CertificatesDbContext>(database, CertificatesDbContext.SchemaName);
        services.AddErrorResource<CertificatesResource>("Certificates");
        services.AddScoped<ICertificateQueries, CertificateQueries>();
        services.AddScoped<VerifyCertificateQuery>();
        services.AddScoped<CheckDocumentQuery>();
        services.AddScoped<GetOpenBadgeCredentialQuery>();
        services.AddScoped<GetCertificatePdfQuery>();
        services.AddScoped<CertificateAdministration>();
        services.AddScoped<IPersonalDataSource, CertificatePersonalData>();
        services.AddScoped<CertificateSnapshots>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<IIntegrationEventHandler<ModuleResultPublished>, IssueModuleCertificate>();
        services.AddScoped<IIntegrationEventHandler<MinorCompleted>, IssueMinorCertificate>();
        services.AddScoped<RevokeCertificateHandler>();
        services.AddScoped<ReissueCertificateHandler>();
        services.AddScoped<RequestTranscriptHandler>();
        services.AddScoped<StartBulkIssueHandler>();
        services.AddScoped<BulkIssueProgressQuery>();
        services.AddScoped<CohortCertificatesArchive>();
        services.AddScoped<IssueCohortCertificatesJob>();
        services.AddScoped<RenderCertificateJob>();
        services.AddScoped<ReconcileCertificatesJob>();
        services.AddScoped<CertificateRetentionJob>();
        services.AddSingleton<CertificatePdfRenderer>();
        services.AddSingleton<TranscriptPdfRenderer>();
        return services;
    }

    public static IEndpointRouteBuilder MapCertificatesModule(this IEndpointRouteBuilder api) => api.MapCertificatesApi();

    /// <summary>
    /// The reconciliation safety net (every five minutes by default) and certificate retention (nightly), on whichever
    /// node's Hangfire server is free.
    /// </summary>
    public static void ScheduleCertificateJobs(this IRecurringJobManager recurringJobs, string reconcileCron)
    {
        recurringJobs.AddOrUpdate<ReconcileCertificatesJob>(ReconcileCertificatesJob.RecurringId, job => job.RunAsync(CancellationToken.None), reconcileCron);
        recurringJobs.AddOrUpdate<CertificateRetentionJob>(CertificateRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), "35 3 * * *");
    }
}
