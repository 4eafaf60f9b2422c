namespace GreenCommunity.Api.GraphQL.WebSockets;

/// <summary>
/// The live connections of this replica: admits each within <see cref="WebSocketSettings"/>' caps (in total, per
/// network address, per signed-in subject or API key), and closes them all with 1001 when the application stops, so
/// clients reconnect to another replica at once instead of waiting for a dropped TCP connection.
/// </summary>
public sealed class WebSocketConnections : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly HashSet<IShutdownListener> _open = [];
    private readonly WebSocketSettings _settings;
    private readonly CancellationTokenRegistration _stopping;
    private bool _stopped;

    /// <summary>Creates the registry; it closes every connection when <paramref name="lifetime"/> says the application is stopping.</summary>
    public WebSocketConnections(WebSocketSettings settings, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lifetime);
        _settings = settings;
        _stopping = lifetime.ApplicationStopping.Register(ShutDown);
    }

    /// <summary>Something that is told to close when the application stops.</summary>
    public interface IShutdownListener
    {
        /// <summary>Closes with 1001 (going away): the client reconnects, to another replica if this one is stopping.</summary>
        void ShutDown();
    }

    /// <summary>Why an upgrade is refused.</summary>
    public enum Refusal
    {
        /// <summary>Admitted.</summary>
        None,

        /// <summary>This replica holds <see cref="WebSocketSettings.MaxConnections"/> or is stopping (HTTP 503).</summary>
        Full,

        /// <summary>The client holds <see cref="WebSocketSettings.MaxConnectionsPerClient"/> (HTTP 429, or close 4429 after init).</summary>
        ClientFull,
    }

    /// <summary>Open connections on this replica.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _open.Count;
            }
        }
    }

    /// <summary>Admits <paramref name="connection"/> from <paramref name="address"/>; <see cref="Leave"/> it when it ends.</summary>
    public Refusal TryEnter(IShutdownListener connection, string address)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (_lock)
        {
            if (_stopped || _open.Count >= _settings.MaxConnections)
            {
                return Refusal.Full;
            }

            if (!TryCount("address:" + address))
            {
                return Refusal.ClientFull;
            }

            _open.Add(connection);
            return Refusal.None;
        }
    }

    /// <summary>Counts a connection for the signed-in subject or API key <paramref name="client"/>; false when it holds its share already.</summary>
    public bool TryClaim(string client)
    {
        lock (_lock)
        {
            return TryCount("client:" + client);
        }
    }

    /// <summary>Gives back a claim of <see cref="TryClaim"/>.</summary>
    public void Release(string client)
    {
        lock (_lock)
        {
            Uncount("client:" + client);
        }
    }

    /// <summary>Forgets a connection admitted by <see cref="TryEnter"/>.</summary>
    public void Leave(IShutdownListener connection, string address)
    {
        lock (_lock)
        {
            if (_open.Remove(connection))
            {
                Uncount("address:" + address);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private void ShutDown()
    {
        IShutdownListener[] open;
        lock (_lock)
        {
            _stopped = true;
            open = [.. _open];
        }

        foreach (var connection in open)
        {
            connection.ShutDown();
        }
    }

    private bool TryCount(string key)
    {
        var held = _perClient.GetValueOrDefault(key);
        if (held >= _settings.MaxConnectionsPerClient)
        {
            return false;
        }

        _perClient[key] = held + 1;
        return true;
    }

    private void Uncount(string key)
    {
        if (_perClient.TryGetValue(key, out var held) && held > 1)
        {
            _perClient[key] = held - 1;
        }
        else
        {
            _perClient.Remove(key);
        }
    }
}
