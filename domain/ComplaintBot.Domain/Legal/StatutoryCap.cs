using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Legal;

/// <summary>The most the law supports for a punitive claim: refund of the price plus the additional compensation.</summary>
/// <param name="Code">The article, <c>CRPL-55.1</c> or <c>FSL-148.2</c>.</param>
/// <param name="Formula">The calculation, localized, e.g. <c>129 + max(3×129, 500) = 629元（价款＋增加赔偿）</c>.</param>
/// <param name="Cap">Price plus additional compensation.</param>
/// <param name="AdditionalCompensation">The additional compensation alone.</param>
public sealed record StatutoryCap(string Code, string Formula, Money Cap, Money AdditionalCompensation);
