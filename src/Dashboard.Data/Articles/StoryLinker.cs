using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Stories;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Articles;

/// <summary>Puts a new article into the story it copies (a candidate sharing a band, confirmed by its signature) or starts a story.</summary>
internal sealed class StoryLinker(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, ReusedStatements statements)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    // In a dense week of similar articles (templated wire copy, the demo corpus) one band bucket is
    // shared by many stories. A true copy shares several bands, so only the stories sharing the most
    // are confirmed by signature: the work per article stays bounded as the corpus grows.
    private const int CandidatesChecked = 8;

    // How many of a band bucket's most recent stories are looked at.
    private const int RowsPerBand = 32;

    // One bounded lookup per band, newest rows first, joined by UNION ALL: however crowded a bucket
    // is (templated wire copy), the rows read per article stay under Bands × RowsPerBand.
    private static readonly string CandidatesSql = string.Join(" UNION ALL ", Enumerable.Range(0, StorySignature.Bands).Select(band => string.Create(CultureInfo.InvariantCulture,
        $"SELECT story_id FROM (SELECT story_id FROM story_bands WHERE band = @B{band} AND bucket = @K{band} AND published >= @Since AND published <= @Until ORDER BY published DESC LIMIT {RowsPerBand}) AS b{band}")));

    private static readonly string BandRowsSql = string.Concat(
        "INSERT INTO story_bands (band, bucket, story_id, published) VALUES ",
        string.Join(", ", Enumerable.Range(0, StorySignature.Bands).Select(band => string.Create(CultureInfo.InvariantCulture, $"({band}, @K{band}, @Story, @Published)"))));

    // The parameter names, made once rather than for every article.
    private static readonly string[] BandNames = [.. Enumerable.Range(0, StorySignature.Bands).Select(band => string.Create(CultureInfo.InvariantCulture, $"B{band}"))];
    private static readonly string[] KeyNames = [.. Enumerable.Range(0, StorySignature.Bands).Select(band => string.Create(CultureInfo.InvariantCulture, $"K{band}"))];

    /// <summary>Links the article; returns its story and whether that story existed (the article is a near-duplicate).</summary>
    public async Task<(long Story, bool NearDuplicate)> LinkAsync(long articleId, Article article, ReadOnlyMemory<uint> signature, CancellationToken cancellationToken)
    {
        var bands = StorySignature.BandsOf(signature.Span);
        var values = new (string Name, object? Value)[2 + (2 * bands.Length)];
        values[0] = ("Since", dialect.Timestamp(article.Published - Window));
        values[1] = ("Until", dialect.Timestamp(article.Published + Window));
        for (var band = 0; band < bands.Length; band++)
        {
            values[2 + (2 * band)] = (BandNames[band], band);
            values[3 + (2 * band)] = (KeyNames[band], bands[band]);
        }

        var candidates = (await statements.ColumnAsync(CandidatesSql, cancellationToken, values))
            .GroupBy(id => id)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(CandidatesChecked)
            .Select(g => g.Key)
            .ToArray();
        long? story = null;
        if (candidates.Length > 0)
        {
            var stored = await connection.QueryAsync<(long Id, byte[] Signature)>(new CommandDefinition(
                $"SELECT id, signature FROM stories WHERE {dialect.InList("id", "@Ids")} ORDER BY id", new { Ids = candidates }, transaction, cancellationToken: cancellationToken));
            story = stored.Where(s => StorySignature.SameStory(signature.Span, MemoryMarshal.Cast<byte, uint>(s.Signature))).Select(s => (long?)s.Id).FirstOrDefault();
        }

        if (story is { } existing)
        {
            await statements.ExecuteAsync(
                "UPDATE stories SET articles = articles + 1 WHERE id = @Story", cancellationToken, ("Story", existing));
            await SetStoryAsync(articleId, existing, cancellationToken);
            return (existing, true);
        }

        var published = dialect.Timestamp(article.Published);
        var created = await statements.ScalarAsync(
            "INSERT INTO stories (first_published, signature) VALUES (@Published, @Signature) RETURNING id",
            cancellationToken, ("Published", published), ("Signature", MemoryMarshal.AsBytes(signature.Span).ToArray()))
            ?? throw new InvalidOperationException("INSERT … RETURNING id returned no row");
        // All sixteen band rows in one statement: one round trip instead of sixteen.
        var rows = new (string Name, object? Value)[2 + bands.Length];
        rows[0] = ("Story", created);
        rows[1] = ("Published", published);
        for (var band = 0; band < bands.Length; band++)
        {
            rows[2 + band] = (KeyNames[band], bands[band]);
        }

        await statements.ExecuteAsync(BandRowsSql, cancellationToken, rows);
        await SetStoryAsync(articleId, created, cancellationToken);
        return (created, false);
    }

    private Task SetStoryAsync(long articleId, long story, CancellationToken cancellationToken) =>
        statements.ExecuteAsync("UPDATE articles SET story_id = @Story WHERE id = @Article", cancellationToken, ("Story", story), ("Article", articleId));
}
