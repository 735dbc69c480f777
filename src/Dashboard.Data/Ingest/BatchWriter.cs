using Dashboard.Core.Articles;
using Dashboard.Core.Extraction;
using Dashboard.Core.Ingest;
using Dashboard.Data.Articles;

namespace Dashboard.Data.Ingest;

/// <summary>
/// Stores batches in order while the next batch is read and analyzed: analysis (every core) of batch
/// N+1 overlaps the write transaction of batch N. Outcomes are counted on the caller's flow, when the
/// next batch is submitted or the run completes, so the report is never touched from two threads.
/// </summary>
internal sealed class BatchWriter(ArticleStore store)
{
    private Task<(string File, Article[] Batch, IReadOnlyList<StoreOutcome> Outcomes, IngestReport Report)>? _writing;

    public async Task SubmitAsync(string file, List<Article> batch, IngestReport report, bool dryRun, CancellationToken cancellationToken)
    {
        if (batch.Count == 0 || dryRun)
        {
            batch.Clear();
            return;
        }

        var articles = batch.ToArray();
        batch.Clear();
        var analyzed = await Task.Run(() => ArticleAnalysis.AnalyzeAll(store.Analyzer, articles), cancellationToken);
        await CompleteAsync();
        _writing = WriteAsync(file, articles, analyzed, report, cancellationToken);
    }

    /// <summary>Waits for the batch being written and counts its outcomes.</summary>
    public async Task CompleteAsync()
    {
        if (_writing is null)
        {
            return;
        }

        var (file, batch, outcomes, report) = await _writing;
        _writing = null;
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i])
            {
                case StoreOutcome.Added:
                    report.CountAdded();
                    break;
                case StoreOutcome.AddedNearDuplicate:
                    report.CountAdded();
                    report.CountNearDuplicate();
                    break;
                case StoreOutcome.Duplicate:
                    report.CountDuplicate();
                    break;
                default:
                    report.Reject(new InputError(file, null, $"id '{batch[i].ExternalId}' of {batch[i].Source} was already used for an article with other content"));
                    break;
            }
        }
    }

    private async Task<(string, Article[], IReadOnlyList<StoreOutcome>, IngestReport)> WriteAsync(string file, Article[] batch, IReadOnlyList<AnalyzedArticle> analyzed, IngestReport report, CancellationToken cancellationToken) =>
        (file, batch, await store.AddAsync(analyzed, cancellationToken), report);
}
