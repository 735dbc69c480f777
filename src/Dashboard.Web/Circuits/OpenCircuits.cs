namespace Dashboard.Web.Circuits;

/// <summary>How many circuits (open dashboards) the server holds, connected or waiting for a reconnect; read by <c>/health</c> and the soak test.</summary>
public sealed class OpenCircuits
{
    private int _open;
    private int _connected;

    /// <summary>Circuits the server holds.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>Circuits whose browser is connected now.</summary>
    public int Connected => Volatile.Read(ref _connected);

    internal void Opened() => Interlocked.Increment(ref _open);

    internal void Closed() => Interlocked.Decrement(ref _open);

    internal void ConnectionUp() => Interlocked.Increment(ref _connected);

    internal void ConnectionDown() => Interlocked.Decrement(ref _connected);
}
