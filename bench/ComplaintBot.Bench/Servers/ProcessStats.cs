using System.Globalization;

namespace ComplaintBot.Bench.Servers;

/// <summary>CPU time and resident memory of a process, read from <c>/proc</c> (Linux only).</summary>
/// <param name="CpuTime">User plus system CPU time since the process started.</param>
/// <param name="RssBytes">Resident set size.</param>
internal readonly record struct ProcessStats(TimeSpan CpuTime, long RssBytes)
{
    // USER_HZ, the unit of the times in /proc/<pid>/stat, is 100 in every Linux user-space ABI .NET runs on.
    private const double TicksPerSecond = 100;

    public static ProcessStats Read(int pid)
    {
        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return new ProcessStats(TimeSpan.FromSeconds(ticks / TicksPerSecond), ReadRss(pid));
    }

    private static long ReadRss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
