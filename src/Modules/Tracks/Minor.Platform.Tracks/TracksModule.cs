using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.Tracks.Api;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Features;
using Minor.Platform.Tracks.Features.Completion;
using Minor.Platform.Tracks.Features.Enrolments;
using Minor.Platform.Tracks.Features.Definitions;
using Minor.Platform.Tracks.Features.Exemptions;
using Minor.Platform.Tracks.Features.StudyPlans;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks;

public static class TracksModule
{
    public static IServiceCollection AddTracksModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<TracksDbContext>(database, TracksDbContext.SchemaName);
        services.AddErrorResource<TracksResource>("Tracks");
        services.AddScoped<ITracksQueries, TracksQueries>();
        services.AddScoped<EnrolStudentHandler>();
        services.AddScoped<IPersonalDataSource, EnrolmentPersonalData>();
        services.AddScoped<IIntegrationEventHandler<ApplicantAdmitted>, EnrolAdmittedApplicant>();
        services.AddScoped<IIntegrationEventHandler<ModuleResultPublished>, CompleteMinor>();
        services.AddScoped<MinorCompletionCheck>();
        services.AddScoped<ReconcileCompletionsJob>();
        services.AddScoped<StudyPlanFactory>();
        services.AddScoped<ManageTracks>();
        services.AddScoped<Features.Cohorts.CohortCurriculum>();
        services.AddScoped<Features.Cohorts.CreateCohortHandler>();
        services.AddScoped<Features.Cohorts.ChangeCohortHandler>();
        services.AddScoped<Features.Cohorts.ArchiveCohortHandler>();
        services.AddScoped<StudyPlans>();
        services.AddScoped<DecideExemptionHandler>();
        services.AddScoped<ExemptionRequests>();
        services.AddScoped<IDataSeeder, TracksSeeder>();
        return services;
    }

    public static void ScheduleTracksJobs(this IRecurringJobManager recurringJobs, string reconcileCron) =>
        recurringJobs.AddOrUpdate<ReconcileCompletionsJob>(ReconcileCompletionsJob.RecurringId, job => job.RunAsync(CancellationToken.None), reconcileCron);

    public static IEndpointRouteBuilder MapTracksModule(this IEndpointRouteBuilder api) => api.MapTracksApi();
}
