using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// Refuses to start Production with anything meant for trying the platform out: the embedded SQLite default, demo
/// accounts with a published password, or the demo secret of the reporting client. (Missing signing keys are refused
/// by the Identity module.)
/// </summary>
public static class ProductionGuard
{
    public static void Check(IHostEnvironment environment, IConfiguration configuration, DatabaseOptions database, bool demoData)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = new List<string>();
        if (!database.IsPostgres)
        {
            problems.Add("ConnectionStrings:Default must point to PostgreSQL; the embedded SQLite default is for trying out only.");
        }

        if (demoData)
        {
            problems.Add("Platform:DemoData must be false: demo accounts share a published password.");
        }

        if (configuration["OpenIddict:Clients:SwnReporting:Secret"] == "swn-demo-secret")
        {
            problems.Add("OpenIddict:Clients:SwnReporting:Secret must not be the demo secret.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Refusing to start in Production:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
