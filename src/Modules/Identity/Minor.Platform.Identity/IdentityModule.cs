using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minor.Platform.Identity.Api;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Features.Institutions;
using Minor.Platform.Identity.Features.SignIn;
using Minor.Platform.Identity.Features.Staff;
using Minor.Platform.Identity.Features.Tokens;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Seeding;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Minor.Platform.Identity;

/// <summary>Registers the Identity module: accounts, cookie sign-in, the OpenID Connect server and API validation.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(
        this IServiceCollection services, DatabaseOptions database, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<IdentityModuleDbContext>(database, IdentityModuleDbContext.Schema);
        services.AddErrorResource<IdentityResource>("Identity");

        services.AddIdentity<PlatformUser, PlatformRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.EmailClaimType = Claims.Email;
            })
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddClaimsPrincipalFactory<PlatformClaimsPrincipalFactory>()
            .AddSignInManager<PlatformSignInManager>()
            .AddDefaultTokenProviders();
        // A deactivated account's cookie stops working within a minute on every node (its security stamp changed).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        // One key ring in the database: a cookie or token made by one node is read by every other node.
        services.AddDataProtection().SetApplicationName("Minor.Platform").PersistKeysToDbContext<IdentityModuleDbContext>();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = ActivationMailJob.TokenLifespan);
        services.AddScoped<IIntegrationEventHandler<UserRegistered>, SendActivationMail>();
        services.AddScoped<ActivationMailJob>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "minor.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, 401);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, 403);
        });

        var providers = FederatedProvider.FromConfiguration(configuration);
        services.AddSingleton(new FederatedProviders(providers));
        services.AddScoped<LinkFederatedAccountHandler>();
        services.AddScoped<FederatedAddressProof>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<CreateFirstAdministratorHandler>();
        services.AddScoped<AdministrationLog>();
        services.AddScoped<AddInstitutionHandler>();
        services.AddScoped<ChangeInstitutionHandler>();
        services.AddScoped<SetInstitutionActiveHandler>();
        services.AddScoped<InviteStaffHandler>();
        services.AddScoped<WithdrawRoleHandler>();
        services.AddScoped<SetAccountActiveHandler>();
        services.AddScoped<StaffInvitationMailJob>();
        services.AddScoped<StaffList>();

        services.AddAuthentication()
            .AddFederatedSignIn(providers)
            .AddPolicyScheme(ApiAuthorization.Scheme, "Bearer token or sign-in cookie", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                        : IdentityConstants.ApplicationScheme);

        var requireHttps = configuration.GetValue("OpenIddict:RequireHttps", environment.IsProduction());
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<IdentityModuleDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token");
                options.AllowPasswordFlow()
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, "api");
                AddKeys(options, configuration, environment);
                // Signed, unencrypted JWTs: a resource server of a partner can validate them with our JWKS.
                options.DisableAccessTokenEncryption();
                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                // A token of an account that was switched off, or revoked at sign-out, stops working at once.
                options.EnableTokenEntryValidation();
                options.UseAspNetCore();
            });

        services.AddScoped<IIdentityQueries, IdentityQueries>();
        services.AddScoped<IStudentAccounts, EnsureStudentAccount>();
        services.AddScoped<TokenPrincipalFactory>();
        services.AddScoped<IPersonalDataSource, AccountPersonalData>();
        services.AddSingleton<IPlatformSigner, PlatformSigner>();
        services.AddScoped<IDataSeeder, IdentitySeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        app.MapTokenEndpoints();
        app.MapFederatedSignIn(app.ServiceProvider.GetRequiredService<FederatedProviders>().All);
        api.MapIdentityApi();
        api.MapStaffApi();
        return app;
    }

    private static void AddKeys(OpenIddictServerBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["OpenIddict:SigningCertificate:Path"];
        if (!string.IsNullOrEmpty(path))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["OpenIddict:SigningCertificate:Password"]);
            options.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
            return;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "OpenIddict:SigningCertificate:Path must name a PFX file in Production; ephemeral keys would end every session at restart.");
        }

        options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
