using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.TestSupport;
using Minor.Platform.Web.Infrastructure;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>
/// Lists of people (the gradebook above all) are in Dutch order on PostgreSQL whatever its collation, and accounts from
/// before the sort key get theirs at start-up.
/// </summary>
public sealed class DutchNameOrderTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task People_AreOrderedTheDutchWay_AndOldAccountsGetTheirSortKeyAtStartUp()
    {
        var ids = new Dictionary<string, Guid>();
        using (var scope = Platform.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            foreach (var (first, last) in new[] { ("Zeynep", "Zwart"), ("Sanne", "van der Meer"), ("Mila", "Đurić-Şahin"), ("Bram", "de Graaf"), ("Émile", "Dijkstra") })
            {
                var user = new PlatformUser($"persoon{ids.Count}@volgorde.example", first, last, null);
                (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
                ids[last] = user.Id;
            }
        }

        string[] dutch = ["Dijkstra", "Đurić-Şahin", "de Graaf", "van der Meer", "Zwart"];
        (await OrderAsync(ids)).ShouldBe(dutch);

        await ExecuteSqlAsync($"UPDATE identity.\"AspNetUsers\" SET sort_name = '' WHERE id = '{ids["Zwart"]}'");
        (await OrderAsync(ids))[0].ShouldBe("Zwart");
        await PlatformInitializer.InitializeAsync(Platform.Services, Platform.Services.GetRequiredService<SeedContext>(), CancellationToken.None);
        (await OrderAsync(ids)).ShouldBe(dutch);
    }

    private async Task<List<string>> OrderAsync(Dictionary<string, Guid> ids)
    {
        using var scope = Platform.Services.CreateScope();
        var order = await scope.ServiceProvider.GetRequiredService<IIdentityQueries>().OrderByNameAsync(ids.Values.ToList(), CancellationToken.None);
        return order.Select(id => ids.Single(p => p.Value == id).Key).ToList();
    }
}
