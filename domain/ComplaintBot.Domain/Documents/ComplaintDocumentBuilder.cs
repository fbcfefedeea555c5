using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Guidance;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;
using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Documents;

/// <summary>
/// Builds the complaint document from a draft: reviews it, writes the texts, plans the next steps and maps
/// everything to the JSON contract. Unknown facts stay null.
/// </summary>
public sealed class ComplaintDocumentBuilder
{
    private readonly TimeProvider timeProvider;
    private readonly ComplaintRulesOptions options;
    private readonly ComplaintCatalogue catalogue;
    private readonly ComplaintReviewer reviewer;
    private readonly ComplaintWriter writer;
    private readonly NextStepsPlanner planner;

    /// <summary>Initializes a new instance of the <see cref="ComplaintDocumentBuilder"/> class.</summary>
    /// <param name="timeProvider">The clock, for "today" and a missing creation time.</param>
    /// <param name="options">Rule settings; defaults when null.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    public ComplaintDocumentBuilder(TimeProvider timeProvider, ComplaintRulesOptions? options = null, ComplaintCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
        this.options = options ?? ComplaintRulesOptions.Default;
        this.catalogue = catalogue ?? ComplaintCatalogue.Default;
        reviewer = new ComplaintReviewer(this.options, this.catalogue);
        writer = new ComplaintWriter(this.options, this.catalogue);
        planner = new NextStepsPlanner(this.options, this.catalogue);
    }

    /// <summary>Builds the document of a completed complaint.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <returns>The document.</returns>
    public ComplaintDocument Build(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return Build(complaint.Draft with { Id = complaint.Id, Locale = complaint.Locale, CreatedAt = complaint.CreatedAt });
    }

    /// <summary>Builds the document of a draft that has its problem type, description and demand.</summary>
    /// <param name="draft">The draft; check <see cref="ComplaintDraft.MissingRequired"/> first.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ComplaintDomainException">The draft lacks a problem type, description or demand.</exception>
    public ComplaintDocument Build(ComplaintDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft = ComplaintReviewer.Safe(draft);
        var missing = draft.MissingRequired();
        if (missing.Count > 0)
        {
            throw new ComplaintDomainException("A complaint document needs " + string.Join(", ", missing) + ".");
        }

        var l = draft.Locale;
        var today = options.Today(timeProvider);
        var review = reviewer.Review(draft, today);
        var text = writer.Write(draft, review, today);
        var plan = planner.Plan(draft, review, today);
        var zone = options.ResolveTimeZone();
        var created = draft.CreatedAt is { } c ? TimeZoneInfo.ConvertTime(c, zone) : options.LocalNow(timeProvider);
        return new ComplaintDocument
        {
            Id = draft.Id ?? "unsaved",
            Locale = l.ToTag(),
            CreatedAt = new DateTimeOffset(created.Ticks - (created.Ticks % TimeSpan.TicksPerSecond), created.Offset),
            Order = Order(draft.Order, l),
            Problem = Problem(draft, review, l),
            Outcome = Outcome(draft.Outcome, review, l),
            Evidence = draft.Evidence.Select(e => Evidence(e, l)).ToList(),
            Review = new ReviewSection
            {
                Score = review.Score,
                ScoreExplanation = review.ScoreExplanation,
                Flags = review.Flags.Select(f => new FlagEntry { Code = Keys.Of(f.Code), Message = f.Message, Fix = f.Fix }).ToList(),
                Tips = review.Tips,
                MissingEvidence = review.MissingEvidence,
                LegalBasis = review.LegalBasis,
            },
            ComplaintText = text,
            NextSteps = plan.Steps,
            FollowUpDate = plan.FollowUpDate,
        };
    }

    private static OrderSection Order(OrderFacts order, ComplaintLocale l) => new()
    {
        OrderId = string.IsNullOrWhiteSpace(order.OrderId) ? null : order.OrderId,
        Platform = order.Platform is { } p ? Keys.Of(p) : null,
        PlatformName = order.Platform switch
        {
            Platform.Tmall => l == ComplaintLocale.EnUs ? "Tmall" : "天猫",
            Platform.Taobao => l == ComplaintLocale.EnUs ? "Taobao" : "淘宝",
            _ => null,
        },
        Shop = Blank(order.Shop),
        Item = Blank(order.Item),
        PurchaseDate = order.PurchaseDate,
        DeliveredDate = order.DeliveredDate,
        AmountPaid = order.AmountPaid,
    };

    private ProblemSection Problem(ComplaintDraft draft, ReviewResult review, ComplaintLocale l) => new()
    {
        Type = Keys.Of(draft.Problem.Type!.Value),
        TypeName = catalogue.Problem(draft.Problem.Type.Value).Name.Get(l),
        Description = draft.Problem.Description ?? string.Empty,
        ObjectiveDescription = review.Rewrite.Text,
        DiscoveredDate = draft.Problem.DiscoveredDate,
        ContactedSeller = draft.Problem.ContactedSeller,
        SellerResponse = Blank(draft.Problem.SellerResponse),
    };

    private OutcomeSection Outcome(OutcomeFacts outcome, ReviewResult review, ComplaintLocale l) => new()
    {
        Type = Keys.Of(outcome.Type!.Value),
        TypeName = catalogue.Outcome(outcome.Type.Value).Name.Get(l),
        Amount = outcome.Amount,
        Alternatives = outcome.Alternatives.Where(a => a != outcome.Type).Distinct().Select(a => Keys.Of(a)).ToList(),
        Statutory = review.Statutory is { } s ? new StatutorySection { Code = s.Code, Formula = s.Formula, Cap = s.Cap } : null,
    };

    private EvidenceEntry Evidence(EvidenceItem e, ComplaintLocale l) => new()
    {
        Name = e.Name,
        ContentType = e.ContentType,
        SizeBytes = e.SizeBytes,
        Sha256 = string.IsNullOrWhiteSpace(e.Sha256) ? null : e.Sha256.ToLowerInvariant(),
        Kind = Keys.Of(e.Kind),
        KindName = catalogue.EvidenceKind(e.Kind).Name.Get(l),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
