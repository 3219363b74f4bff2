using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>A request body that streams the statements as JSON straight into the connection (no copy of a large batch).</summary>
internal sealed class StatementsContent : HttpContent
{
    private readonly IReadOnlyList<CypherStatement> _statements;

    public StatementsContent(IReadOnlyList<CypherStatement> statements)
    {
        _statements = statements;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(stream, CypherJson.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            CypherJson.WriteStatements(writer, _statements);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
