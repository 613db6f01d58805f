using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Identity.Api;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.SharedKernel.Seeding;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Minor.Platform.Identity.Data;

/// <summary>
/// Roles and the first-party OpenIddict clients always; the demo hogescholen and demo accounts only where demo data
/// belongs (a real hogeschool is added by the platform administrator at /beheer).
/// </summary>
public sealed class IdentitySeeder(
    IdentityModuleDbContext db,
    UserManager<PlatformUser> users,
    RoleManager<PlatformRole> roles,
    IOpenIddictApplicationManager applications,
    IConfiguration configuration,
    ILogger<IdentitySeeder> logger) : IDataSeeder
{
    public const string DemoPassword = "Demo!2025";
    public const string CliClientId = "minor-cli";
    public const string ReportingClientId = "swn-reporting";
    public const string DemoReportingSecret = "swn-demo-secret";

    public int Order => 10;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureStudentAccount.Check(await roles.CreateAsync(new PlatformRole(role)));
            }
        }

        await SeedClientsAsync(context, cancellationToken);
        await EnsureSortNamesAsync(cancellationToken);
        if (context.IncludeDemoData)
        {
            await SeedDemoInstitutionsAsync(context, cancellationToken);
            await SeedDemoUsersAsync(context, cancellationToken);
        }
    }

    /// <summary>Accounts made before names were ordered the Dutch way get their sort key, a thousand at a time.</summary>
    private async Task EnsureSortNamesAsync(CancellationToken cancellationToken)
    {
        while (await db.Users.Where(u => u.SortName == "").OrderBy(u => u.Id).Take(1000).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            batch.ForEach(u => u.RefreshSortName());
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task SeedDemoInstitutionsAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var seeds = await context.ReadAsync<List<InstitutionSeed>>("institutions.json", cancellationToken);
        var existing = await db.Institutions.ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var seed in seeds)
        {
            // A demo hogeschool is seeded once; from then on the administrator's changes at /beheer stand (one made
            // before hogescholen had a SURFconext identifier gets the demo's).
            if (existing.TryGetValue(seed.Code, out var seeded))
            {
                if (seeded.SchacHomeOrganization is null)
                {
                    seeded.ConfigureSignIn(seed.SchacHomeOrganization, seeded.AllowsPasswordSignIn, seeded.RequiredAssurance);
                }

                continue;
            }

            var institution = new Institution(seed.Code, seed.Name, seed.City);
            institution.ConfigureSignIn(seed.SchacHomeOrganization, allowsPasswordSignIn: true, requiredAssurance: null);
            db.Institutions.Add(institution);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedClientsAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(CliClientId, cancellationToken) is null)
        {
            var cli = new OpenIddictApplicationDescriptor
            {
                ClientId = CliClientId,
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Minor.Platform CLI",
                RedirectUris = { new Uri("http://127.0.0.1/callback"), new Uri("http://localhost:8400/callback") },
                Permissions =
                {
                    Permissions.Endpoints.Token, Permissions.Endpoints.Authorization,
                    Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
                    Permissions.Prefixes.Scope + "api",
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            await applications.CreateAsync(cli, cancellationToken);
        }

        var secret = configuration["OpenIddict:Clients:SwnReporting:Secret"]
                     ?? (context.IncludeDemoData ? DemoReportingSecret : null);
        if (secret is not null && await applications.FindByClientIdAsync(ReportingClientId, cancellationToken) is null)
        {
            var reporting = new OpenIddictApplicationDescriptor
            {
                ClientId = ReportingClientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "Sociaal Werk Nederland rapportage",
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "api" },
            };
            reporting.Properties[TokenEndpoints.ClientRolesProperty] =
                JsonSerializer.SerializeToElement(new[] { Roles.NationalAnalyst });
            await applications.CreateAsync(reporting, cancellationToken);
        }
    }

    private async Task SeedDemoUsersAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var seeds = await context.ReadAsync<List<DemoUserSeed>>("demo-users.json", cancellationToken);
        var institutions = await db.Institutions.ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        foreach (var seed in seeds)
        {
            if (await users.FindByEmailAsync(seed.Email) is not null)
            {
                continue;
            }

            var institutionId = seed.InstitutionCode is null ? (Guid?)null : institutions[seed.InstitutionCode];
            var user = new PlatformUser(seed.Email, seed.FirstName, seed.LastName, institutionId) { EmailConfirmed = true };
            EnsureStudentAccount.Check(await users.CreateAsync(user, DemoPassword));
            EnsureStudentAccount.Check(await users.AddToRolesAsync(user, seed.Roles));
        }

        logger.LogInformation("Demo accounts (password {Password}):{NewLine}{Accounts}", DemoPassword, Environment.NewLine,
            string.Join(Environment.NewLine, seeds.Select(s => $"  {s.Email,-32} {string.Join(", ", s.Roles)}")));
    }

    private sealed record InstitutionSeed(string Code, string Name, string City, string? SchacHomeOrganization);

    private sealed record DemoUserSeed(string Email, string FirstName, string LastName, string[] Roles, string? InstitutionCode);
}
