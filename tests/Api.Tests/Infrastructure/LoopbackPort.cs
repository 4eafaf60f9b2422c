using System.Net;
using System.Net.Sockets;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>Free TCP ports on the loopback interface, for servers the tests start.</summary>
public static class LoopbackPort
{
    /// <summary>A port that was free a moment ago.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
