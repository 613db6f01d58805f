using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// <c>dotnet run --project src/Minor.Platform.Web -- admin create EMAIL [--first-name NAME] [--last-name NAME]</c>: the
/// one-time way to make the first platform administrator of an empty database. Prints the activation link and exits.
/// </summary>
public static class AdministratorCommand
{
    public static bool IsRequested(string[] args) => Array.IndexOf(args, "admin") is var at && at >= 0 && at + 1 < args.Length && args[at + 1] == "create";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var at = Array.IndexOf(args, "admin");
        var rest = args[(at + 2)..];
        if (rest.Length == 0 || rest[0].StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: admin create EMAIL [--first-name NAME] [--last-name NAME]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<CreateFirstAdministratorHandler>();
        try
        {
            var link = await handler.HandleAsync(new CreateFirstAdministrator(rest[0], Option(rest, "--first-name"), Option(rest, "--last-name")), CancellationToken.None);
            await output.WriteLineAsync($"Administrator {rest[0]} made. Open this link once to choose a password (it was also mailed):");
            await output.WriteLineAsync(link);
            return 0;
        }
        catch (BusinessRuleException ex)
        {
            await output.WriteLineAsync(scope.ServiceProvider.GetRequiredService<ErrorMessages>().For(ex.Code, ex.MessageArguments));
            return 1;
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
