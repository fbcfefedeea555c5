namespace ComplaintBot.Bot.DirectLine;

/// <summary>The token routes: the page-facing endpoint, generate (secret only) and refresh.</summary>
internal static partial class DirectLineEndpoints
{
    /// <summary>The page-facing endpoint: a fresh conversation token for the browser, no secret involved.</summary>
    private static async Task<IResult> PageTokenAsync(HttpContext context, DirectLineTokens tokens)
    {
        var body = await DirectLineRequestBody.ReadObjectAsync(context, 4096).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (DirectLineBodyFields.ReadStart(body.Json, out var requested, out _) is { } refused)
        {
            return refused;
        }

        var locale = NormalizeLocale(requested);
        var generated = Generate(tokens, DirectLineTokens.NewUserId());
        return Results.Json(new PageToken(generated.ConversationId, generated.Token, generated.ExpiresIn, generated.UserId, locale), DirectLineJson.Web);
    }

    /// <summary><c>POST /tokens/generate</c>: the secret holder's way to get a token for a new conversation.</summary>
    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineAuth auth, DirectLineTokens tokens)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), null, out var caller) is { } error)
        {
            return error;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.SecretRequired, "Only the Direct Line secret can generate tokens.");
        }

        var body = await DirectLineRequestBody.ReadObjectAsync(context, 4096).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (DirectLineBodyFields.ReadStart(body.Json, out _, out var userId) is { } refused)
        {
            return refused;
        }

        userId = string.IsNullOrWhiteSpace(userId) || userId.Length > 128 ? DirectLineTokens.NewUserId() : userId;
        var generated = Generate(tokens, userId);
        return Results.Json(new TokenResponse(generated.ConversationId, generated.Token, generated.ExpiresIn), DirectLineJson.Web);
    }

    /// <summary><c>POST /tokens/refresh</c>: a new token for the same conversation and user.</summary>
    private static IResult Refresh(HttpContext context, DirectLineAuth auth, DirectLineTokens tokens)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), null, out var caller) is { } error)
        {
            return error;
        }

        if (caller.Grant is not { } grant)
        {
            return DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "Refresh takes a token, not the secret.");
        }

        var (token, refreshed) = tokens.Issue(grant.ConversationId, grant.UserId);
        return Results.Json(new TokenResponse(refreshed.ConversationId, token, (int)tokens.Lifetime.TotalSeconds), DirectLineJson.Web);
    }

    private static (string ConversationId, string Token, int ExpiresIn, string UserId) Generate(DirectLineTokens tokens, string userId)
    {
        var (token, grant) = tokens.Issue(DirectLineTokens.NewConversationId(), userId);
        return (grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, grant.UserId);
    }

    private sealed record TokenResponse(string ConversationId, string Token, [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record PageToken(string ConversationId, string Token, [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn, string UserId, string? Locale);
}
