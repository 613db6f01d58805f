using Hangfire.Dashboard;
using Minor.Platform.Identity.Contracts;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>Only administrators see Hangfire's dashboard.</summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
