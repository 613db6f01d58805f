using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Curriculum.Api;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Data;
using Minor.Platform.Curriculum.Features;
using Minor.Platform.Curriculum.Localization;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Curriculum;

public static class CurriculumModule
{
    public static IServiceCollection AddCurriculumModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDbContext<CurriculumDbContext>(database, CurriculumDbContext.SchemaName);
        services.AddErrorResource<CurriculumResource>("Curriculum");
        services.AddMemoryCache();
        services.AddScoped<ICurriculumQueries, CurriculumQueries>();
        services.AddScoped<CurriculumVersions>();
        services.AddScoped<IDataSeeder, CurriculumSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCurriculumModule(this IEndpointRouteBuilder api) => api.MapCurriculumApi();
}
