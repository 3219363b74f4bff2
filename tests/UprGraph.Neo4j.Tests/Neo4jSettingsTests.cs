namespace UprGraph.Neo4j.Tests;

public sealed class Neo4jSettingsTests
{
    private const string Secret = "pa55-Wörd:@/x";

    [Fact]
    public void Defaults_to_the_local_server_user_neo4j_and_database_neo4j()
    {
        var settings = Neo4jSettings.FromEnvironment(Variables(("NEO4J_PASSWORD", Secret)));

        Assert.Equal(new Uri("http://localhost:7474/"), settings.Uri);
        Assert.Equal("neo4j", settings.Username);
        Assert.Equal("neo4j", settings.Database);
        Assert.Equal(Secret, settings.Password);
        Assert.Null(settings.Note);
    }

    [Fact]
    public void Reads_neo4j_variables()
    {
        var settings = Neo4jSettings.FromEnvironment(Variables(
            ("NEO4J_URI", "https://graph.example.org:7473"), ("NEO4J_USERNAME", "researcher"),
            ("NEO4J_PASSWORD", Secret), ("NEO4J_DATABASE", "upr")));

        Assert.Equal(new Uri("https://graph.example.org:7473/"), settings.Uri);
        Assert.Equal("researcher", settings.Username);
        Assert.Equal("upr", settings.Database);
    }

    [Theory]
    [InlineData("bolt://db.example.org:7687")]
    [InlineData("neo4j://db.example.org")]
    public void Maps_a_bolt_address_to_the_http_port_of_the_same_host_with_a_note(string uri)
    {
        var settings = Neo4jSettings.Create(uri, "neo4j", Secret);

        Assert.Equal(new Uri("http://db.example.org:7474/"), settings.Uri);
        Assert.Contains("Bolt address", settings.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_note_of_a_bolt_address_in_neo4j_uri_when_no_uri_option_is_given()
    {
        // Act
        var settings = Neo4jSettings.FromOptions(uri: null, username: null, database: null, batchSize: 500,
            Variables(("NEO4J_URI", "bolt://db.example.org:7687"), ("NEO4J_PASSWORD", Secret)));

        // Assert
        Assert.Equal(new Uri("http://db.example.org:7474/"), settings.Uri);
        Assert.Equal("NEO4J_URI bolt://db.example.org:7687/ is a Bolt address; UprGraph uses the HTTP API of the same server at http://db.example.org:7474/.", settings.Note);
        Assert.Equal(500, settings.BatchSize);
    }

    [Fact]
    public void Options_override_the_variables_and_bring_the_note_of_their_own_address()
    {
        // Act
        var settings = Neo4jSettings.FromOptions("neo4j://graph.example.org", "analyst", "upr", 10,
            Variables(("NEO4J_URI", "https://other.example.org"), ("NEO4J_USERNAME", "researcher"), ("NEO4J_PASSWORD", Secret)));

        // Assert
        Assert.Equal(new Uri("http://graph.example.org:7474/"), settings.Uri);
        Assert.Equal("analyst", settings.Username);
        Assert.Equal("upr", settings.Database);
        Assert.Contains("Bolt address", settings.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_encrypted_bolt_address_naming_the_https_one()
    {
        var error = Assert.Throws<Neo4jException>(() => Neo4jSettings.Create("neo4j+s://abc123.databases.neo4j.io", "neo4j", Secret));

        Assert.Contains("https://abc123.databases.neo4j.io", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_password_is_a_clear_error()
    {
        var error = Assert.Throws<Neo4jException>(() => Neo4jSettings.FromEnvironment(Variables()));

        Assert.Contains("NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_never_shows_in_text_or_errors()
    {
        var settings = Neo4jSettings.Create("http://localhost:7474", "neo4j", Secret);
        var uriError = Assert.Throws<Neo4jException>(() => Neo4jSettings.Create($"http://neo4j:{Secret}@localhost:7474", "neo4j", Secret));
        var badUri = Assert.Throws<Neo4jException>(() => Neo4jSettings.Create("http://neo4j:hunter2@", "neo4j", Secret));

        Assert.DoesNotContain(Secret, settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, uriError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", badUri.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
