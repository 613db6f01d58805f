using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Learning.Api;
using Minor.Platform.Learning.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Features;
using Minor.Platform.Learning.Features.Announcements;
using Minor.Platform.Learning.Features.Calendar;
using Minor.Platform.Learning.Features.Notifications;
using Minor.Platform.Learning.Features.Schedule;
using Minor.Platform.Learning.Features.Sections;
using Minor.Platform.Learning.Jobs;
using Minor.Platform.Learning.Localization;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Learning;

/// <summary>Teaching in the minor: module pages with materials, the weekly schedule and its calendar feed, announcements.</summary>
public static class LearningModule
{
    public static IServiceCollection AddLearningModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<LearningDbContext>(database, LearningDbContext.SchemaName);
        services.AddErrorResource<LearningResource>("Learning");
        services.AddScoped<CohortAccess>();
        services.AddScoped<CourseSections>();
        services.AddScoped<Schedules>();
        services.AddScoped<Announcements>();
        services.AddScoped<StudentNotifier>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<ICalendarFeeds>(provider => provider.GetRequiredService<CalendarFeeds>());
        services.AddScoped<SendNotificationJob>();
        services.AddScoped<IDataSeeder, LearningSeeder>();
        services.AddScoped<IPersonalDataSource, LearningPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapLearningModule(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        app.MapCalendarFeed();
        api.MapLearningApi();
        return app;
    }

    /// <summary>The sweep that sends notifications whose job was lost, on the safety nets' schedule.</summary>
    public static void ScheduleLearningJobs(this IRecurringJobManager recurringJobs, string reconcileCron) =>
        recurringJobs.AddOrUpdate<SendNotificationJob>(SendNotificationJob.RecurringId, job => job.SendPendingAsync(CancellationToken.None), reconcileCron);
}
