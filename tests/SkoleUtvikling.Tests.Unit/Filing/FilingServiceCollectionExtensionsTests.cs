using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Unit.Filing;

public sealed class FilingServiceCollectionExtensionsTests
{
    private static IFiler Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<BotOptions>().Bind(configuration);
        services.AddFiling(configuration);
        return services.BuildServiceProvider().GetRequiredService<IFiler>();
    }

    [Fact]
    public void Without_app_credentials_documents_go_to_the_archive() =>
        Assert.IsType<FolderArchive>(Resolve(new() { ["Filing:ArchiveFolder"] = "arkiv" }));

    [Fact]
    public void With_an_app_id_and_secret_documents_go_to_Graph() =>
        Assert.IsType<GraphFiler>(Resolve(new()
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        }));
}
