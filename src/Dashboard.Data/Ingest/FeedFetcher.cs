using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Dashboard.Core.Ingest;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Fetches feeds and exports by URL with conditional GET: the ETag and Last-Modified the server gave
/// last time are sent back, so an unchanged feed costs one short answer and is not read again.
/// </summary>
public sealed class FeedFetcher(ISqlDialect dialect, HttpClient http, TimeProvider clock)
{
    /// <summary>The body of the URL when it changed since the last fetch, null when it did not, or an error.</summary>
    public async Task<(byte[]? Body, InputError? Error)> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var known = await connection.QuerySingleOrDefaultAsync<(string? ETag, string? LastModified)>(new CommandDefinition(
            "SELECT etag, last_modified FROM feeds WHERE url = @Url", new { Url = url }, cancellationToken: cancellationToken));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (known.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await RememberAsync(url, null, null, $"unreachable: {exception.Message}", keepValidators: true, cancellationToken);
            return (null, new InputError(url, null, $"could not be fetched: {exception.Message}"));
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                await RememberAsync(url, null, null, "not modified", keepValidators: true, cancellationToken);
                return (null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                await RememberAsync(url, null, null, $"HTTP {(int)response.StatusCode}", keepValidators: true, cancellationToken);
                return (null, new InputError(url, null, $"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            await RememberAsync(url, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"), "fetched", keepValidators: false, cancellationToken);
            return (body, null);
        }
    }

    private async Task RememberAsync(string url, string? etag, string? lastModified, string status, bool keepValidators, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            keepValidators
                ? """
                  INSERT INTO feeds (url, last_fetched, last_status) VALUES (@Url, @Now, @Status)
                  ON CONFLICT (url) DO UPDATE SET last_fetched = excluded.last_fetched, last_status = excluded.last_status
                  """
                : """
                  INSERT INTO feeds (url, etag, last_modified, last_fetched, last_status) VALUES (@Url, @ETag, @LastModified, @Now, @Status)
                  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_fetched = excluded.last_fetched, last_status = excluded.last_status
                  """,
            new { Url = url, ETag = etag, LastModified = lastModified, Now = dialect.Timestamp(clock.GetUtcNow()), Status = status },
            cancellationToken: cancellationToken));
    }
}
