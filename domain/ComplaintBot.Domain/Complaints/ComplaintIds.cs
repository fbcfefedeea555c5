using System.Globalization;

namespace ComplaintBot.Domain.Complaints;

/// <summary>Complaint ids: the UTC date for humans plus a random part for uniqueness, e.g. <c>C20261127-3f9a1c2b</c>.</summary>
internal static class ComplaintIds
{
    public static string New(DateTimeOffset now) =>
        "C" + now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}
