using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment;
using Minor.Platform.Certificates;
using Minor.Platform.Curriculum;
using Minor.Platform.Identity;
using Minor.Platform.Intake;
using Minor.Platform.Learning;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Mail;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks;
using Minor.Platform.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var environment = builder.Environment;
var database = PlatformOptions.Database(configuration, environment);
var seeds = new SeedContext(
    PlatformOptions.SeedsFolder(configuration, environment),
    PlatformOptions.IncludeDemoData(configuration, environment, database));
ProductionGuard.Check(environment, configuration, database, seeds.IncludeDemoData);

builder.AddObservability();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddSingleton<AuditInterceptor>();
builder.Services.AddScoped<IEventBus, InProcessEventBus>();
builder.Services.AddSingleton<IBlobStore>(new FileSystemBlobStore(Path.Combine(database.DataFolder, "blobs")));
builder.Services.AddSingleton<IMailSender>(new MailKitSender(new MailOptions(
    configuration["Platform:Mail:From"] ?? "Minor Samenlevingsopbouw <noreply@minor.demo>",
    configuration["Platform:Mail:SmtpHost"],
    configuration.GetValue("Platform:Mail:SmtpPort", 587),
    configuration["Platform:Mail:UserName"],
    configuration["Platform:Mail:Password"],
    Path.GetFullPath(configuration["Platform:Mail:PickupFolder"] ?? Path.Combine(database.DataFolder, "mail"), environment.ContentRootPath))));

builder.Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
builder.Services.AddLocalization();
builder.Services.AddSingleton<ErrorMessages>();
builder.Services.AddErrorResource<Minor.Platform.Web.Localization.WebResource>("Platform");

builder.Services
    .AddIdentityModule(database, configuration, environment)
    .AddCurriculumModule(database)
    .AddTracksModule(database)
    .AddIntakeModule(database)
    .AddAssessmentModule(database)
    .AddCertificatesModule(database)
    .AddLearningModule(database);

builder.Services.AddHangfire(hangfire =>
{
    hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
        .UseFilter(new JobMetricsFilter());
    if (database.IsPostgres)
    {
        hangfire.UsePostgreSqlStorage(
            options => options.UseNpgsqlConnection(database.ConnectionString),
            new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                QueuePollInterval = TimeSpan.FromMilliseconds(200),
                // A job whose server died is handed to another server after this; our jobs take seconds, not minutes.
                InvisibilityTimeout = configuration.GetValue("Platform:Hangfire:InvisibilityTimeout", TimeSpan.FromMinutes(5)),
            });
    }
    else
    {
        hangfire.UseInMemoryStorage();
    }
});
builder.Services.AddHangfireServer(options =>
{
    options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
    options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
});

builder.Services.AddSignInRateLimiting(configuration);
builder.Services.AddScoped<PersonalDataExport>();
builder.Services.AddRazorPages();
// Names such as "Zoë Đurić-Şahin" are written as they are, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<HangfireHealthCheck>("hangfire", tags: ["ready"]);

builder.Services.AddSingleton(seeds);

// Behind a reverse proxy (etc/nginx/minor-platform.conf): the client's address and scheme come from X-Forwarded-*, trusted
// from loopback and from the addresses in Platform:Proxy:KnownProxies only.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in (configuration["Platform:Proxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});

var app = builder.Build();
app.UseForwardedHeaders();
app.UseMetricsEndpoint();
await PlatformInitializer.InitializeAsync(app.Services, seeds, app.Lifetime.ApplicationStopping);
if (AdministratorCommand.IsRequested(args))
{
    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
    return await AdministratorCommand.RunAsync(app.Services, args, Console.Out);
}

// The safety nets under the events (certificates, completions, applications) run on one schedule, every five minutes
// unless Platform:ReconcileCron says otherwise.
var recurringJobs = app.Services.GetRequiredService<IRecurringJobManager>();
var reconcileCron = configuration["Platform:ReconcileCron"] ?? "*/5 * * * *";
recurringJobs.ScheduleCertificateJobs(reconcileCron);
recurringJobs.ScheduleAssessmentJobs();
recurringJobs.ScheduleIntakeJobs(reconcileCron);
recurringJobs.ScheduleTracksJobs(reconcileCron);
recurringJobs.ScheduleLearningJobs(reconcileCron);

app.UseExceptionHandler("/error/500");
app.UseSecurityHeaders();
if (!environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/connect"),
    pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));

string[] cultures = ["nl-NL", "en"];
app.UseRequestLocalization(options =>
{
    options.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    options.ApplyCurrentCultureToResponseHeaders = true;
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
var api = app.MapGroup("/api/v1");
app.MapIdentityModule(api);
api.MapCurriculumModule();
api.MapTracksModule();
api.MapIntakeModule();
api.MapAssessmentModule();
api.MapCertificatesModule();
app.MapLearningModule(api);

api.MapGet("/me/personal-data", async (PersonalDataExport export, CancellationToken cancellationToken) =>
        TypedResults.File(await export.CreateAsync(cancellationToken), "application/zip", "mijn-gegevens-minor-platform.zip"))
    .RequireApiUser().WithTags("Privacy");

app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
{
    var chosen = cultures.Contains(culture) ? culture : cultures[0];
    context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//") ? "/" : returnUrl);
}).ExcludeFromDescription();

app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardFilter()], DisplayStorageConnectionString = false });

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
