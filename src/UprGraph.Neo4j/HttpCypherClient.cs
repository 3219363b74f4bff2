using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>
/// <see cref="ICypherClient"/> over Neo4j's HTTP transactional endpoint (<c>/db/data/transaction/commit</c> on 3.x,
/// <c>/db/{database}/tx/commit</c> on 4.x/5.x), found through the discovery documents. Neo4j answers a failed
/// statement with HTTP 200 and an <c>errors</c> array, so every answer's <c>errors</c> is checked.
/// </summary>
public sealed class HttpCypherClient : ICypherClient, IDisposable
{
    private readonly Neo4jSettings _settings;
    private readonly HttpClient _http;
    private ServerInfo? _server;

    public HttpCypherClient(Neo4jSettings settings, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _http = new HttpClient { Timeout = timeout ?? TimeSpan.FromMinutes(10) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Username + ":" + settings.Password));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<ServerInfo> ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null)
        {
            return _server;
        }

        var server = _settings.Uri;
        using var root = await GetAsync(server, cancellationToken).ConfigureAwait(false);
        string version;
        string transaction;
        if (!ServerDiscovery.TryReadVersionAndTransaction(root.RootElement, out version, out transaction))
        {
            if (!ServerDiscovery.TryReadDataLink(root.RootElement, out var data))
            {
                throw Neo4jException.BadResponse(server, "neither neo4j_version nor a data link in the discovery document; is this a Neo4j server?");
            }

            var dataUri = ServerDiscovery.OnServer(server, data);
            using var dataDocument = await GetAsync(dataUri, cancellationToken).ConfigureAwait(false);
            if (!ServerDiscovery.TryReadVersionAndTransaction(dataDocument.RootElement, out version, out transaction))
            {
                throw Neo4jException.BadResponse(dataUri, "no neo4j_version or transaction link");
            }
        }

        var (major, minor) = ServerDiscovery.ParseVersion(version);
        if (!ServerDiscovery.IsSupported(major, minor))
        {
            throw Neo4jException.UnsupportedVersion(server, version);
        }

        var info = new ServerInfo(version, major, ServerDiscovery.CommitEndpoint(server, transaction, _settings.Database));

        // The 4.x/5.x discovery document needs no login: check the credentials and the database with a trivial statement.
        await PostAsync(info.CommitEndpoint, [new CypherStatement("RETURN 1", new Dictionary<string, object?>(), "the connection check")], cancellationToken)
            .ConfigureAwait(false);
        _server = info;
        return info;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return [];
        }

        var server = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await PostAsync(server.CommitEndpoint, statements, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<List<CypherResult>> PostAsync(Uri endpoint, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StatementsContent(statements) };
        using var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var root = answer.RootElement;
        if (CypherJson.TryReadError(root, out var code, out var message))
        {
            // Neo4j stops at the failing statement: the results before it are there, so their count is its index.
            var failed = root.TryGetProperty("results", out var done) && done.ValueKind == JsonValueKind.Array
                ? Math.Min(done.GetArrayLength(), statements.Count - 1)
                : 0;
            var what = statements[failed].Description ?? CypherJson.Describe(failed, statements.Count);
            throw Neo4jException.StatementFailed(code, message, what);
        }

        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw Neo4jException.BadResponse(endpoint, "no results array");
        }

        // The rows outlive this answer's pooled document: read them from a copy.
        return CypherJson.ReadResults(results.Clone());
    }

    private async Task<JsonDocument> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await ReadJsonAsync(response, uri, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode && body is not null)
            {
                return body;
            }

            using (body)
            {
                throw StatusError(response, uri, body);
            }
        }
        catch (HttpRequestException e)
        {
            throw Neo4jException.Unreachable(_settings.Uri, e.InnerException?.Message ?? e.Message, e);
        }
        catch (IOException e)
        {
            throw Neo4jException.Unreachable(_settings.Uri, e.Message, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jException.Unreachable(_settings.Uri, $"no answer within {_http.Timeout.TotalSeconds:0} s", e);
        }
    }

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, Uri uri, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                return null;
            }
            catch (JsonException e)
            {
                throw Neo4jException.BadResponse(uri, "the body is not JSON: " + e.Message);
            }
        }
    }

    private Neo4jException StatusError(HttpResponseMessage response, Uri uri, JsonDocument? body)
    {
        var hasError = CypherJson.TryReadError(body?.RootElement ?? default, out var code, out var message);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Neo4jException.AuthenticationFailed(_settings.Uri, _settings.Username),
            HttpStatusCode.Forbidden when body is not null && body.RootElement.TryGetProperty("password_change", out _)
                => Neo4jException.PasswordChangeRequired(_settings.Uri, _settings.Username),
            _ when hasError => Neo4jException.StatementFailed(code, message, $"the request to {uri} (HTTP {(int)response.StatusCode})"),
            _ => Neo4jException.HttpError(uri, (int)response.StatusCode, response.ReasonPhrase),
        };
    }
}
