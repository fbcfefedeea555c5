namespace ComplaintBot.Domain.Legal;

/// <summary>An article as shown to the user: code, law name, article and one-line summary, all in one language.</summary>
/// <param name="Code">The code, e.g. <c>CRPL-24</c>.</param>
/// <param name="Law">The law name, e.g. 《消费者权益保护法》 or "Consumer Rights Protection Law".</param>
/// <param name="Article">The article, e.g. 第二十四条 or "Article 24".</param>
/// <param name="Summary">The one-line summary.</param>
public sealed record LegalCitation(string Code, string Law, string Article, string Summary);
