using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Testing;

/// <summary>Fixed clocks for tests.</summary>
public static class TestClock
{
    /// <summary>2026-11-27 10:00 in Asia/Shanghai (a Friday; 上周三 = 2026-11-18, 前天 = 2026-11-25).</summary>
    public static readonly DateTimeOffset ShanghaiNow = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    public static FakeTimeProvider Create() => Create(ShanghaiNow);

    public static FakeTimeProvider Create(DateTimeOffset now) => new(now) { AutoAdvanceAmount = TimeSpan.Zero };
}
