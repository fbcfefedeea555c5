namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Finds choices mentioned in an utterance by their values, action titles and synonyms.</summary>
public static class Find
{
    private const int DefaultMaxTokenDistance = 2;

    /// <summary>
    /// Finds the choices mentioned in <paramref name="utterance"/>. An utterance equal to a value, title or synonym
    /// (ignoring case) is an exact match; otherwise each candidate's tokens are searched in order, allowing up to
    /// <see cref="FindValuesOptions.MaxTokenDistance"/> skipped tokens. Each choice and each token is used once;
    /// results come back in the order they are mentioned.
    /// </summary>
    /// <param name="utterance">The user's text.</param>
    /// <param name="choices">The offered choices.</param>
    /// <param name="options">Options, or null.</param>
    /// <returns>The matches, earliest mention first.</returns>
    public static IList<ModelResult<FoundChoice>> FindChoices(string? utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = utterance ?? string.Empty;
        var candidates = new List<(string Text, int Index)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (choice is null)
            {
                continue;
            }

            if (options?.NoValue != true && !string.IsNullOrWhiteSpace(choice.Value))
            {
                candidates.Add((choice.Value, i));
            }

            if (options?.NoAction != true && !string.IsNullOrWhiteSpace(choice.Action?.Title))
            {
                candidates.Add((choice.Action.Title, i));
            }

            foreach (var synonym in choice.Synonyms ?? [])
            {
                if (!string.IsNullOrWhiteSpace(synonym))
                {
                    candidates.Add((synonym, i));
                }
            }
        }

        var trimmed = text.Trim();
        foreach (var (candidate, index) in candidates)
        {
            if (string.Equals(trimmed, candidate.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                var start = text.IndexOf(trimmed, StringComparison.Ordinal);
                return [Result(choices, index, candidate, 1f, trimmed, start, start + trimmed.Length - 1)];
            }
        }

        return FindValues(text, candidates, options)
            .Select(m => Result(choices, m.Index, m.Candidate, m.Score, text[m.Start..(m.End + 1)], m.Start, m.End))
            .ToList();
    }

    private static ModelResult<FoundChoice> Result(IList<Choice> choices, int index, string synonym, float score, string text, int start, int end) => new()
    {
        Text = text,
        Start = start,
        End = end,
        TypeName = "choice",
        Resolution = new FoundChoice { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym },
    };

    private static List<(int Index, string Candidate, float Score, int Start, int End)> FindValues(string utterance, List<(string Text, int Index)> candidates, FindValuesOptions? options)
    {
        var tokenizer = options?.Tokenizer ?? Tokenizer.DefaultTokenizer;
        var tokens = tokenizer(utterance, options?.Locale);
        var maxDistance = Math.Max(0, options?.MaxTokenDistance ?? DefaultMaxTokenDistance);
        var allowPartial = options?.AllowPartialMatches ?? false;
        var matches = new List<(int Index, string Candidate, float Score, int FirstToken, int LastToken)>();

        // Longer candidates first, so "退货退款" claims its tokens before "退款" does at equal score.
        foreach (var (candidate, index) in candidates.OrderByDescending(c => c.Text.Length))
        {
            var searched = tokenizer(candidate, options?.Locale);
            if (searched.Count == 0)
            {
                continue;
            }

            var startPos = 0;
            while (startPos < tokens.Count)
            {
                var match = MatchValue(tokens, searched, startPos, maxDistance, allowPartial);
                if (match is null)
                {
                    break;
                }

                matches.Add((index, candidate, match.Value.Score, match.Value.First, match.Value.Last));
                startPos = match.Value.Last + 1;
            }
        }

        var usedTokens = new HashSet<int>();
        var usedChoices = new HashSet<int>();
        var accepted = new List<(int Index, string Candidate, float Score, int Start, int End)>();
        foreach (var match in matches.OrderByDescending(m => m.Score))
        {
            if (usedChoices.Contains(match.Index) || Enumerable.Range(match.FirstToken, match.LastToken - match.FirstToken + 1).Any(usedTokens.Contains))
            {
                continue;
            }

            usedChoices.Add(match.Index);
            usedTokens.UnionWith(Enumerable.Range(match.FirstToken, match.LastToken - match.FirstToken + 1));
            accepted.Add((match.Index, match.Candidate, match.Score, tokens[match.FirstToken].Start, tokens[match.LastToken].End));
        }

        return accepted.OrderBy(m => m.Start).ToList();
    }

    private static (float Score, int First, int Last)? MatchValue(IList<Token> tokens, IList<Token> searched, int startPos, int maxDistance, bool allowPartial)
    {
        var matched = 0;
        var totalDeviation = 0;
        var first = -1;
        var last = -1;
        foreach (var token in searched)
        {
            var pos = IndexOf(tokens, token.Normalized, startPos);
            if (pos < 0)
            {
                continue;
            }

            var distance = matched > 0 ? pos - startPos : 0;
            if (distance > maxDistance)
            {
                continue;
            }

            matched++;
            totalDeviation += distance;
            startPos = pos + 1;
            if (first < 0)
            {
                first = pos;
            }

            last = pos;
        }

        if (matched == 0 || (matched < searched.Count && !allowPartial))
        {
            return null;
        }

        var completeness = matched / (float)searched.Count;
        var accuracy = matched / (float)(matched + totalDeviation);
        return (completeness * accuracy, first, last);
    }

    private static int IndexOf(IList<Token> tokens, string normalized, int startPos)
    {
        for (var i = startPos; i < tokens.Count; i++)
        {
            if (string.Equals(tokens[i].Normalized, normalized, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
