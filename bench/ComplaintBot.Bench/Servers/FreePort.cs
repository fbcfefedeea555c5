using System.Net;
using System.Net.Sockets;

namespace ComplaintBot.Bench.Servers;

/// <summary>Finds a free loopback port by letting the operating system choose one.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
