using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>A law or regulation the complaint may cite.</summary>
/// <param name="Code">The citation prefix, e.g. <c>CRPL</c> or <c>SPC-ONL</c>.</param>
/// <param name="Name">The name in both languages, Chinese with book-title marks.</param>
public sealed record LawInfo(string Code, LocalizedText Name);
