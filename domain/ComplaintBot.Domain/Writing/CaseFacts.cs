using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Writing;

/// <summary>The facts of a case as the writer needs them, with localized names resolved once.</summary>
internal sealed record CaseFacts(ComplaintDraft Draft, ReviewResult Review, ProblemTypeInfo Problem, OutcomeTypeInfo Outcome, DateOnly Deadline, ComplaintCatalogue Catalogue)
{
    public OrderFacts Order => Draft.Order;

    public string Item(ComplaintLocale l) => string.IsNullOrWhiteSpace(Order.Item) ? (l == ComplaintLocale.EnUs ? "item" : "所购商品") : Order.Item.Trim();

    public string Subject(ComplaintLocale l) => Problem.Subject.Get(l).Replace("{item}", Item(l), StringComparison.Ordinal);

    public string? PlatformName(ComplaintLocale l) => Order.Platform switch
    {
        Platform.Tmall => l == ComplaintLocale.EnUs ? "Tmall" : "天猫",
        Platform.Taobao => l == ComplaintLocale.EnUs ? "Taobao" : "淘宝",
        _ => null,
    };

    public string Description => Review.Rewrite.Text;

    public bool ClaimsAdditional => Review.Statutory is not null && Draft.Outcome.Type == OutcomeType.Compensation;
}
