using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Api;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Features;
using Minor.Platform.Assessment.Features.Gradebook;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Assessment.Features.HandIns;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Features.Progress;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Assessment.Features.Retention;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Assessment.Jobs;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Seeding;

using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment;

public static class AssessmentModule
{
    public static IServiceCollection AddAssessmentModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<AssessmentDbContext>(database, AssessmentDbContext.SchemaName);
        services.AddErrorResource<AssessmentResource>("Assessment");
        services.AddScoped<IAssessmentQueries, AssessmentQueries>();
        services.AddScoped<AssessmentPlans>();
        services.AddScoped<Grading>();
        services.AddScoped<GradingQueries>();
        services.AddScoped<ModuleResults>();
        services.AddScoped<StudentProgress>();
        services.AddScoped<ExamRegulations>();
        services.AddScoped<HandIns>();
        services.AddScoped<Gradebook>();
        services.AddScoped<Rubrics>();
        services.AddScoped<IIntegrationEventHandler<ModuleExempted>, RecordExemption>();
        services.AddMemoryCache();
        services.AddScoped<GradebookRosters>();
        services.AddScoped<IIntegrationEventHandler<StudentEnrolled>, ForgetRosterOnEnrolment>();
        services.AddScoped<LegalHolds>();
        services.AddScoped<HandInRetentionJob>();
        services.AddScoped<AssessmentRecordRetentionJob>();
        services.AddScoped<IDataSeeder, AssessmentSeeder>();
        services.AddScoped<IPersonalDataSource, ResultPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssessmentModule(this IEndpointRouteBuilder api) => api.MapAssessmentApi();

    /// <summary>Retention of hand-ins and of assessment records, nightly on whichever node's Hangfire server is free.</summary>
    public static void ScheduleAssessmentJobs(this IRecurringJobManager recurringJobs)
    {
        recurringJobs.AddOrUpdate<HandInRetentionJob>(HandInRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), "15 3 * * *");
        recurringJobs.AddOrUpdate<AssessmentRecordRetentionJob>(
            AssessmentRecordRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), "25 3 * * *");
    }
}
