namespace ComplaintBot.Domain.Complaints;

/// <summary>What went wrong. Serialized as its snake_case key, e.g. <c>quality_defect</c>.</summary>
public enum ProblemType
{
    /// <summary><c>quality_defect</c>: the item does not work or is unsafe (food safety included).</summary>
    QualityDefect,

    /// <summary><c>not_as_described</c>: material, size, colour or function differ from the listing.</summary>
    NotAsDescribed,

    /// <summary><c>false_advertising</c>: invented effects, fake sales figures, live-stream claims.</summary>
    FalseAdvertising,

    /// <summary><c>counterfeit</c>: fake or knock-off goods.</summary>
    Counterfeit,

    /// <summary><c>after_sales</c>: returns, warranty or refunds refused or delayed.</summary>
    AfterSales,

    /// <summary><c>logistics</c>: not shipped, damaged in transit, lost.</summary>
    Logistics,

    /// <summary><c>price_or_promise</c>: price protection, gifts, coupons or other promises not honoured.</summary>
    PriceOrPromise,

    /// <summary><c>missing_items</c>: short quantity, missing parts or wrong item.</summary>
    MissingItems,

    /// <summary><c>other</c>: harassment, personal data, invoices, unfair terms and the rest.</summary>
    Other,
}
