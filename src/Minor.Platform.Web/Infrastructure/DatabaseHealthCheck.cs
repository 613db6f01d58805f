using Microsoft.Extensions.Diagnostics.HealthChecks;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>Ready only when every module's database answers.</summary>
public sealed class DatabaseHealthCheck(IEnumerable<IModuleDatabase> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = new List<string>();
        foreach (var database in databases)
        {
            if (!await database.CanConnectAsync(cancellationToken))
            {
                failing.Add(database.Name);
            }
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Unreachable: " + string.Join(", ", failing));
    }
}
