using System.Text.Json.Serialization;

namespace ComplaintBot.Domain.Writing;

/// <summary>The complaint text to submit.</summary>
public sealed record ComplaintText
{
    /// <summary>Gets the Chinese text within the platform's description box limit (JSON <c>short</c>).</summary>
    [JsonPropertyName("short")]
    public string ShortText { get; init; } = string.Empty;

    /// <summary>Gets the full Chinese complaint with the §7 structure, for 12315 and consumer associations.</summary>
    public string Full { get; init; } = string.Empty;

    /// <summary>Gets the English version for en-US users to understand what they submit; null for zh-CN users.</summary>
    public string? English { get; init; }
}
