using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>Who is calling: the back end with the secret, or a browser with a token for one conversation.</summary>
/// <param name="IsSecret">True for the secret (any conversation).</param>
/// <param name="Grant">The token's grant, for token callers.</param>
/// <param name="Token">The token as presented, for token callers.</param>
public sealed record DirectLineCaller(bool IsSecret, DirectLineGrant? Grant, string? Token);

/// <summary>Checks the credential on every channel call.</summary>
public sealed class DirectLineAuth(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>Reads <c>Authorization: Bearer</c> (or the stream's <c>t</c> parameter) and checks it.</summary>
    /// <param name="credential">The bearer value, or null when none was sent.</param>
    /// <param name="conversationId">The conversation the call is about, or null for calls about no conversation.</param>
    /// <param name="caller">The caller, when allowed.</param>
    /// <returns>Null when allowed, else the error to answer with.</returns>
    public IResult? Check(string? credential, string? conversationId, out DirectLineCaller caller)
    {
        caller = new DirectLineCaller(false, null, null);
        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineErrors.Result(StatusCodes.Status401Unauthorized, DirectLineErrors.MissingToken, "Send Authorization: Bearer <token>.");
        }

        if (IsSecret(credential))
        {
            caller = new DirectLineCaller(true, null, null);
            return null;
        }

        switch (tokens.Validate(credential, out var grant))
        {
            case DirectLineTokenStatus.Expired:
                return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.TokenExpired, "The token has expired.");
            case DirectLineTokenStatus.Invalid:
                return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.BadToken, "The token is not valid.");
        }

        if (conversationId is not null && !string.Equals(conversationId, grant!.ConversationId, StringComparison.Ordinal))
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.WrongConversation, "The token is for another conversation.");
        }

        caller = new DirectLineCaller(false, grant, credential);
        return null;
    }

    /// <summary>Reads the bearer value of a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The value, or null.</returns>
    public static string? Bearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }
}
