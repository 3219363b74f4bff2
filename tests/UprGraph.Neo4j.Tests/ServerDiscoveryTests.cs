using System.Text.Json;

namespace UprGraph.Neo4j.Tests;

public sealed class ServerDiscoveryTests
{
    private static readonly Uri s_server = new("http://127.0.0.1:17474/");

    [Fact]
    public void Reads_version_and_transaction_template_of_neo4j5_and_fills_in_the_database()
    {
        using var root = JsonDocument.Parse("""
            {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx",
             "bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}
            """);

        Assert.True(ServerDiscovery.TryReadVersionAndTransaction(root.RootElement, out var version, out var transaction));
        Assert.Equal("5.26.0", version);
        Assert.Equal(new Uri("http://127.0.0.1:17474/db/upr/tx/commit"), ServerDiscovery.CommitEndpoint(s_server, transaction, "upr"));
    }

    [Fact]
    public void Neo4j3_root_only_links_to_the_data_document()
    {
        using var root = JsonDocument.Parse("""
            {"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/","bolt":"bolt://localhost:7687"}
            """);

        Assert.False(ServerDiscovery.TryReadVersionAndTransaction(root.RootElement, out _, out _));
        Assert.True(ServerDiscovery.TryReadDataLink(root.RootElement, out var data));
        Assert.Equal(new Uri("http://127.0.0.1:17474/db/data/"), ServerDiscovery.OnServer(s_server, data));
        Assert.Equal(new Uri("http://127.0.0.1:17474/db/data/transaction/commit"),
            ServerDiscovery.CommitEndpoint(s_server, "http://localhost:7474/db/data/transaction", "neo4j"));
    }

    [Theory]
    [InlineData("3.1.1", true)]
    [InlineData("3.5.35", true)]
    [InlineData("4.3.9", false)]
    [InlineData("4.4.40", true)]
    [InlineData("5.26.0", true)]
    [InlineData("2025.01.0", true)]
    [InlineData("2.3.3", false)]
    [InlineData("dev", false)]
    public void Supports_3x_and_4_4_onwards(string version, bool supported)
    {
        var (major, minor) = ServerDiscovery.ParseVersion(version);

        Assert.Equal(supported, ServerDiscovery.IsSupported(major, minor));
    }
}
