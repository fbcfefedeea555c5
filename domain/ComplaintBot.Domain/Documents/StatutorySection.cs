using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Documents;

/// <summary>The statutory calculation shown with a money demand.</summary>
public sealed record StatutorySection
{
    /// <summary>Gets the article code, <c>CRPL-55.1</c> or <c>FSL-148.2</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the localized formula, e.g. <c>129 + max(3×129, 500) = 629</c>.</summary>
    public string Formula { get; init; } = string.Empty;

    /// <summary>Gets the cap: price plus additional compensation.</summary>
    public Money Cap { get; init; } = new();
}
