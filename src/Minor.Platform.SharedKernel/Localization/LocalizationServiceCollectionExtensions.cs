using Microsoft.Extensions.DependencyInjection;

namespace Minor.Platform.SharedKernel.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Lets <see cref="ErrorMessages"/> find the texts of a module's "Module:Code" errors.</summary>
    public static IServiceCollection AddErrorResource<TResource>(this IServiceCollection services, string module)
    {
        services.AddSingleton(new ErrorResource(module, typeof(TResource)));
        return services;
    }
}
