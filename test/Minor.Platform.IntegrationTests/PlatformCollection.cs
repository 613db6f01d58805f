using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests;

/// <summary>One host and one database for the whole run; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
