using System.Text.RegularExpressions;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Review;

/// <summary>The unreasonable-demand checks of §9.2, each returning a message and a fix when it fires.</summary>
internal static partial class DemandRules
{
    public static List<(string Message, string Fix)> Check(ComplaintDraft draft, bool isFood, StatutoryCap? cap, ComplaintLocale l)
    {
        var problems = new List<(string, string)>();
        var type = draft.Problem.Type ?? ProblemType.Other;
        var words = (draft.Problem.Description ?? string.Empty) + " " + (draft.Problem.SellerResponse ?? string.Empty);
        words = words.Length > 20_000 ? words[..20_000] : words;
        var price = draft.Order.AmountPaid;
        var amount = draft.Outcome.Amount;

        if (amount is not null && price is not null && amount.Currency == price.Currency)
        {
            if (cap is not null && amount.Value > cap.Cap.Value)
            {
                problems.Add((ReviewTexts.AboveCap(amount, cap, l), ReviewTexts.AboveCapFix(cap, l)));
            }
            else if (cap is null && amount.Value > price.Value)
            {
                problems.Add((ReviewTexts.AbovePrice(amount, price, l), ReviewTexts.AbovePriceFix(price, l)));
            }
        }

        if (MentalDistress().IsMatch(words))
        {
            problems.Add((ReviewTexts.MentalDistress.Get(l), ReviewTexts.MentalDistressFix.Get(l)));
        }

        if (TenTimes().IsMatch(words) && !SellerPromise().IsMatch(words) && !isFood)
        {
            problems.Add((ReviewTexts.TenTimes.Get(l), ReviewTexts.TenTimesFix.Get(l)));
        }
        else if (ThreeTimes().IsMatch(words) && !StatutoryCompensation.FraudTypes.Contains(type) && !isFood && !SellerPromise().IsMatch(words))
        {
            problems.Add((ReviewTexts.ThreeTimes.Get(l), ReviewTexts.ThreeTimesFix.Get(l)));
        }

        if (Punitive().IsMatch(words))
        {
            problems.Add((ReviewTexts.Punitive.Get(l), ReviewTexts.PunitiveFix.Get(l)));
        }

        return problems;
    }

    [GeneratedRegex(@"精神损失|精神损害|精神赔偿|精神补偿|mental (?:distress|anguish)|emotional distress|pain and suffering", RegexOptions.IgnoreCase)]
    private static partial Regex MentalDistress();

    [GeneratedRegex(@"十倍|10\s?倍|退一赔十|ten times|10\s?(?:x|×|times)", RegexOptions.IgnoreCase)]
    private static partial Regex TenTimes();

    [GeneratedRegex(@"三倍|3\s?倍|退一赔三|three times|triple|3\s?(?:x|×|times)", RegexOptions.IgnoreCase)]
    private static partial Regex ThreeTimes();

    // A seller's own "假一赔十" promise is enforceable (SPC-ONL-10), so it is not the wrong law.
    [GeneratedRegex(@"假一赔|承诺|promised|guarantee", RegexOptions.IgnoreCase)]
    private static partial Regex SellerPromise();

    [GeneratedRegex(@"开除|关店|封店|倒闭|登报|公开道歉|fire (?:the|that|your)|shut (?:down )?(?:the|your) (?:shop|store)|close (?:the|your) (?:shop|store)|public apology", RegexOptions.IgnoreCase)]
    private static partial Regex Punitive();
}
