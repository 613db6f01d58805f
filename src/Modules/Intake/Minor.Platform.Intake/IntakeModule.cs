using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Intake.Api;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Features;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.Intake.Features.National;
using Minor.Platform.Intake.Jobs;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Intake;

public static class IntakeModule
{
    public static IServiceCollection AddIntakeModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<IntakeDbContext>(database, IntakeDbContext.SchemaName);
        services.AddErrorResource<IntakeResource>("Intake");
        services.AddScoped<IIntakeQueries, IntakeQueries>();
        services.AddScoped<ApplicationRules>();
        services.AddScoped<SubmitApplicationHandler>();
        services.AddScoped<AdmitApplicantHandler>();
        services.AddScoped<MoveApplicationHandler>();
        services.AddScoped<ImportApplicationsHandler>();
        services.AddMemoryCache();
        services.AddScoped<NationalFigures>();
        services.AddScoped<IDataSeeder, IntakeSeeder>();
        services.AddScoped<ApplicationRetentionJob>();
        services.AddScoped<CompleteApplication>();
        services.AddScoped<IIntegrationEventHandler<MinorCompleted>>(provider => provider.GetRequiredService<CompleteApplication>());
        services.AddScoped<ReconcileApplicationsJob>();
        services.AddScoped<IPersonalDataSource, ApplicationPersonalData>();
        return services;
    }

    /// <summary>Retention nightly at 03:30; closing completed applications on the safety nets' schedule.</summary>
    public static void ScheduleIntakeJobs(this IRecurringJobManager recurringJobs, string reconcileCron)
    {
        recurringJobs.AddOrUpdate<ApplicationRetentionJob>(ApplicationRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), "30 3 * * *");
        recurringJobs.AddOrUpdate<ReconcileApplicationsJob>(ReconcileApplicationsJob.RecurringId, job => job.RunAsync(CancellationToken.None), reconcileCron);
    }

    public static IEndpointRouteBuilder MapIntakeModule(this IEndpointRouteBuilder api) => api.MapIntakeApi().MapNationalApi();
}
