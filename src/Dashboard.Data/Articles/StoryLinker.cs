using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text;
using Dapper;
using Dashboard.Core.Articles;
using Dashboard.Core.Stories;
using Dashboard.Data.Dialects;

namespace Dashboard.Data.Articles;

/// <summary>Puts a new article into the story it copies (a candidate sharing a band, confirmed by its signature) or starts a story.</summary>
internal sealed class StoryLinker(DbConnection connection, DbTransaction transaction, ISqlDialect dialect)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    // In a dense week of similar articles (templated wire copy, the demo corpus) one band bucket is
    // shared by many stories. A true copy shares several bands, so only the stories sharing the most
    // are confirmed by signature: the work per article stays bounded as the corpus grows.
    private const int CandidatesChecked = 8;

    // How many of a band bucket's most recent stories are looked at.
    private const int RowsPerBand = 32;

    /// <summary>Links the article; returns its story and whether that story existed (the article is a near-duplicate).</summary>
    public async Task<(long Story, bool NearDuplicate)> LinkAsync(long articleId, Article article, ReadOnlyMemory<uint> signature, CancellationToken cancellationToken)
    {
        var bands = StorySignature.BandsOf(signature.Span);
        var parameters = new DynamicParameters(new
        {
            Since = dialect.Timestamp(article.Published - Window),
            Until = dialect.Timestamp(article.Published + Window),
        });
        // One bounded lookup per band, newest rows first, joined by UNION ALL: however crowded a bucket
        // is (templated wire copy), the rows read per article stay under Bands × RowsPerBand.
        var lookups = new StringBuilder();
        for (var band = 0; band < bands.Length; band++)
        {
            parameters.Add($"B{band}", band);
            parameters.Add($"K{band}", bands[band]);
            lookups.Append(band == 0 ? "" : " UNION ALL ").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"SELECT story_id FROM (SELECT story_id FROM story_bands WHERE band = @B{band} AND bucket = @K{band} AND published >= @Since AND published <= @Until ORDER BY published DESC LIMIT {RowsPerBand}) AS b{band}");
        }

        var candidates = (await connection.QueryAsync<long>(new CommandDefinition(lookups.ToString(), parameters, transaction, cancellationToken: cancellationToken)))
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
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE stories SET articles = articles + 1 WHERE id = @Story; UPDATE articles SET story_id = @Story WHERE id = @Article",
                new { Story = existing, Article = articleId }, transaction, cancellationToken: cancellationToken));
            return (existing, true);
        }

        var published = dialect.Timestamp(article.Published);
        var created = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO stories (first_published, signature) VALUES (@Published, @Signature) RETURNING id",
            new { Published = published, Signature = MemoryMarshal.AsBytes(signature.Span).ToArray() }, transaction, cancellationToken: cancellationToken));
        // All sixteen band rows in one statement: one round trip instead of sixteen.
        var rows = new DynamicParameters(new { Story = created, Published = published });
        var values = new StringBuilder();
        for (var band = 0; band < bands.Length; band++)
        {
            rows.Add($"K{band}", bands[band]);
            values.Append(band == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture, $"({band}, @K{band}, @Story, @Published)");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO story_bands (band, bucket, story_id, published) VALUES {values}", rows, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET story_id = @Story WHERE id = @Article", new { Story = created, Article = articleId }, transaction, cancellationToken: cancellationToken));
        return (created, false);
    }
}
