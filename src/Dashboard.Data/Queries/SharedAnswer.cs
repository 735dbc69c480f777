namespace Dashboard.Data.Queries;

/// <summary>
/// One query's answer shared by every caller that asked the same question while it ran. The query runs under
/// its own token, cancelled when the last caller waiting for it gives up: under overload, requests that time
/// out would otherwise leave their queries queued and running for nobody, and every later request would wait
/// behind them.
/// </summary>
internal sealed class SharedAnswer<T> : IDisposable
{
    private readonly CancellationTokenSource _abandoned = new();
    private readonly Lock _gate = new();
    private int _waiting;

    public SharedAnswer(Func<CancellationToken, Task<T>> query) => Answer = query(_abandoned.Token);

    public Task<T> Answer { get; }

    /// <summary>Counts a caller in; false when every earlier caller gave up and the query is being cancelled.</summary>
    public bool TryJoin()
    {
        lock (_gate)
        {
            if (_abandoned.IsCancellationRequested)
            {
                return false;
            }

            _waiting++;
            return true;
        }
    }

    /// <summary>Waits for the answer; a caller that gives up leaves, and the last to leave cancels the query.</summary>
    public async Task<T> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Answer.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_gate)
            {
                if (--_waiting == 0 && !Answer.IsCompleted)
                {
                    _abandoned.Cancel();
                }
            }

            throw;
        }
    }

    public void Dispose() => _abandoned.Dispose();
}
