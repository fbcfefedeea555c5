using System.Globalization;

namespace ComplaintBot.Bench.Report;

/// <summary>The machine's one-minute load average (<c>/proc/loadavg</c>): how much other work shared the cores.</summary>
internal static class MachineLoad
{
    public static double OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
