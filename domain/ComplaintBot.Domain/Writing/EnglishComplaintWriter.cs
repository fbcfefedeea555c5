using System.Globalization;
using System.Text;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Writing;

/// <summary>Writes the English version for en-US users, with the same structure and facts as the Chinese one.</summary>
internal static class EnglishComplaintWriter
{
    private const ComplaintLocale En = ComplaintLocale.EnUs;
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Write(CaseFacts c, ComplaintRulesOptions options)
    {
        var text = new StringBuilder();
        text.Append("Subject: ").Append(c.Subject(En)).Append(" - request to ").Append(c.Outcome.Demand.En).Append("\n\n");
        text.Append("1. Facts\n").Append(Facts(c)).Append("\n\n");
        text.Append("2. Problem\n");
        if (c.Draft.Problem.DiscoveredDate is { } found)
        {
            text.Append("On ").Append(Date(found)).Append(" I found: ");
        }

        text.Append(ChineseComplaintWriter.Fit(c.Description, Math.Max(200, options.FullTextLimit), "... (excerpt)"));
        text.Append(c.Draft.Problem.ContactedSeller switch
        {
            true when !string.IsNullOrWhiteSpace(c.Draft.Problem.SellerResponse) =>
                "\nI contacted the seller through the platform; the seller replied: " + ChineseComplaintWriter.EndSentence(ChineseComplaintWriter.Fit(NeutralRewriter.Rewrite(c.Draft.Problem.SellerResponse).Text, 200, "..."), ".") + " The issue is unresolved.",
            true => "\nI contacted the seller through the platform; the issue is unresolved.",
            _ => string.Empty,
        });
        text.Append("\n\n3. Evidence (attached)\n");
        text.Append(c.Draft.Evidence.Count == 0
            ? "Evidence is being collected and will follow."
            : string.Join("\n", c.Draft.Evidence.Take(20).Select((e, i) => $"E{(i + 1).ToString(CultureInfo.InvariantCulture)} {e.Name} ({c.Catalogue.EvidenceKind(e.Kind).Name.En})")));
        text.Append("\n\n4. Request\n").Append(Demand(c)).Append("\n\n");
        text.Append("5. Basis\n").Append(string.Join("\n", c.Review.LegalBasis.Select(b => $"{b.Law}, {b.Article}: {b.Summary}"))).Append("\n\n");
        text.Append("6. Deadline\n").Append("Please reply by ").Append(Date(c.Deadline))
            .Append(". Otherwise I will request platform intervention and reserve the right to complain to 12315 and to file a claim in court.");
        return text.ToString();
    }

    private static string Facts(CaseFacts c)
    {
        var text = new StringBuilder();
        text.Append(c.Order.PurchaseDate is { } p ? "On " + Date(p) + " I bought the " : "I bought the ").Append(c.Item(En));
        if (c.Order.Shop is { Length: > 0 } shop)
        {
            text.Append(" from the shop \"").Append(shop.Trim()).Append('"');
        }

        if (c.PlatformName(En) is { } platform)
        {
            text.Append(" on ").Append(platform);
        }

        text.Append('.');
        if (c.Order.OrderId is { Length: > 0 } id)
        {
            text.Append(" Order number ").Append(id).Append('.');
        }

        if (c.Order.AmountPaid is { } paid)
        {
            text.Append(" Amount paid: ").Append(Amount(paid)).Append('.');
        }

        if (c.Order.DeliveredDate is { } delivered)
        {
            text.Append(" Delivered on ").Append(Date(delivered)).Append('.');
        }

        return text.ToString();
    }

    private static string Demand(CaseFacts c)
    {
        var outcome = c.Draft.Outcome;
        var text = new StringBuilder("Please ").Append(c.Outcome.Demand.En);
        if (outcome.Type is OutcomeType.RefundOnly or OutcomeType.ReturnRefund && (outcome.Amount ?? c.Order.AmountPaid) is { } money)
        {
            text.Append(" (").Append(Amount(money)).Append(')');
        }
        else if (outcome.Type == OutcomeType.Compensation && outcome.Amount is { } claim)
        {
            text.Append(" of ").Append(Amount(claim));
        }

        text.Append(" by ").Append(Date(c.Deadline));
        if (outcome.Type is OutcomeType.ReturnRefund or OutcomeType.Exchange && c.Problem.SellerPaysReturnShipping)
        {
            text.Append("; return shipping to be paid by the seller");
        }

        text.Append('.');
        if (c.ClaimsAdditional && c.Review.Statutory is { } cap)
        {
            var reason = cap.Code == Legal.StatutoryCompensation.FoodCode ? "the food appears not to meet food-safety standards" : "the seller appears to have committed fraud";
            text.Append(outcome.Amount is null
                ? $" Because {reason}, I also claim additional compensation of {Amount(cap.AdditionalCompensation)} ({cap.Formula})."
                : $" Because {reason}, I claim additional compensation as the law provides: {cap.Formula}.");
        }

        var alternatives = outcome.Alternatives.Where(a => a != outcome.Type).Distinct().Select(a => c.Catalogue.Outcome(a).Name.En.ToLowerInvariant()).ToList();
        if (alternatives.Count > 0)
        {
            text.Append(" If that is not possible, I would also accept ").Append(string.Join(" or ", alternatives)).Append('.');
        }

        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Us);

    private static string Amount(Money money) => money.Currency + " " + money.FormatNumber();
}
