using Dashboard.Data.Articles;
using Dashboard.Data.Ingest;
using Dashboard.Data.Security;

namespace Dashboard.Web.Api;

/// <summary>
/// <c>POST /api/articles</c>: a JSON array or JSON Lines body, answered with one result per record.
/// Writing needs an API key in <c>X-Api-Key</c> (see <see cref="IngestAuthorization"/>).
/// </summary>
public static partial class IngestEndpoint
{
    /// <summary>Largest request body accepted.</summary>
    public const long MaxBodyBytes = 32L * 1024 * 1024;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapIngestEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", async (HttpRequest request, InputReader reader, ArticleStore store, ApiKeys keys, IConfiguration configuration, IHostEnvironment environment, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var presented = request.Headers[IngestAuthorization.Header].ToString();
            if (!await IngestAuthorization.AllowedAsync(presented.Length == 0 ? null : presented, configuration["Api:IngestKey"], environment.IsDevelopment(), keys, cancellationToken))
            {
                return Results.Problem("writing articles needs the API key in the X-Api-Key header", statusCode: StatusCodes.Status401Unauthorized);
            }

            if (request.ContentLength > MaxBodyBytes)
            {
                return Results.Problem($"the body is larger than {MaxBodyBytes / 1024 / 1024} MB; send it in parts", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            body.Position = 0;
            var results = new List<object>();
            var articles = new List<(int Record, Core.Articles.Article Article)>();
            var record = 0;
            foreach (var parsed in reader.Read("request", body, IngestOptions.Default))
            {
                record++;
                if (parsed.Error is { } error)
                {
                    results.Add(new { record = error.Line ?? record, status = "rejected", reason = error.Message });
                }
                else
                {
                    articles.Add((record, parsed.Article!));
                }
            }

            var outcomes = articles.Count == 0 ? [] : await store.AddAsync([.. articles.Select(a => a.Article)], cancellationToken);
            for (var i = 0; i < outcomes.Count; i++)
            {
                results.Add(new
                {
                    record = articles[i].Record,
                    id = articles[i].Article.ExternalId,
                    status = outcomes[i] switch
                    {
                        StoreOutcome.Added => "added",
                        StoreOutcome.AddedNearDuplicate => "added",
                        StoreOutcome.Duplicate => "duplicate",
                        _ => "rejected",
                    },
                    reason = outcomes[i] == StoreOutcome.ConflictingId ? "this id was already used for an article with other content" : null,
                });
            }

            LogBatch(loggers.CreateLogger(typeof(IngestEndpoint)), record, outcomes.Count(o => o is StoreOutcome.Added or StoreOutcome.AddedNearDuplicate),
                outcomes.Count(o => o == StoreOutcome.Duplicate), record - articles.Count + outcomes.Count(o => o == StoreOutcome.ConflictingId));
            return Results.Ok(results);
        }).DisableAntiforgery()
            .WithTags("Dashboard")
            .WithSummary("Adds articles: a JSON array or JSON Lines in the body; answers a result per record")
            .Accepts<object>("application/json", "application/x-ndjson");
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested through the API: read {Read}, added {Added}, duplicates {Duplicates}, rejected {Rejected}")]
    private static partial void LogBatch(ILogger logger, int read, int added, int duplicates, int rejected);
}
