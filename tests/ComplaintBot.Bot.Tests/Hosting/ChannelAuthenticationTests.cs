using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Authentication;
using ComplaintBot.Bot.Adapter;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Hosting;

/// <summary>
/// With <c>MicrosoftAppId</c> set, <c>POST /api/messages</c> takes only requests with a valid channel token for
/// that app id: everything else is 401, over a real socket, with tokens from a local OpenID provider.
/// </summary>
public sealed class ChannelAuthenticationTests(ChannelAuthenticationFixture fixture, ITestOutputHelper output) : IClassFixture<ChannelAuthenticationFixture>
{
    /// <summary>Every way a request can fail to prove it comes from the channel, by name (see <see cref="HeaderFor"/>).</summary>
    public static TheoryData<string> RefusedCases => [.. RefusedCaseNames];

    private static readonly string[] RefusedCaseNames =
    [
        "no Authorization header",
        "a bearer that is not a token",
        "a bearer of three dotted nonsense parts",
        "another scheme",
        "signed by a key nobody published",
        "signed by an unknown key under the published key id",
        "not signed at all",
        "expired an hour ago",
        "valid only from tomorrow",
        "for another app id",
        "from another issuer",
        "for another service URL",
        "without a service URL",
        "signed by a key that endorses another channel",
        "a Direct Line token of this host",
    ];

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheBotAnswersInTheResponse()
    {
        using var client = fixture.CreateClient(Bearer(fixture.ValidTokens.Mint()));

        var replies = await client.SayAsync("你好");

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
        Assert.True(replies.AllText().ContainsChinese());
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task RequestWithoutAValidChannelToken_Is401_AndReachesNoTurn(string refusedCase)
    {
        using var client = fixture.CreateClient(HeaderFor(refusedCase, fixture));
        client.ConversationId = "refused-" + Guid.NewGuid().ToString("N");

        using var response = await client.PostRawAsync(JsonConvert.SerializeObject(client.NewActivity(ActivityTypes.Message)));

        output.WriteLine($"{refusedCase}: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metadata_CameFromTheLocalProvider_WhichNoOrdinaryClientTrusts()
    {
        using (var client = fixture.CreateClient(Bearer(fixture.ValidTokens.Mint())))
        {
            await client.SayAsync("hello");
        }

        // The host read the configuration document and the key set here, and asked for nothing else.
        Assert.Contains(LocalOpenIdProvider.MetadataPath, fixture.Provider.Requests);
        Assert.Contains(LocalOpenIdProvider.KeysPath, fixture.Provider.Requests);
        Assert.All(fixture.Provider.Requests, path => Assert.True(path is LocalOpenIdProvider.MetadataPath or LocalOpenIdProvider.KeysPath, path));

        // The certificate is trusted by the pinned client alone: the machine's trust store refuses it.
        using var ordinary = new HttpClient();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ordinary.GetAsync(new Uri(fixture.Provider.MetadataUrl)));
        Assert.IsType<AuthenticationException>(refused.InnerException);
    }

    [Fact]
    public async Task Logs_OfRefusedAndAcceptedRequests_HoldNoTokenAndNoPassword()
    {
        var sent = new List<string>();
        foreach (var header in RefusedCaseNames.Select(name => HeaderFor(name, fixture)))
        {
            using var client = fixture.CreateClient(header);
            using var response = await client.PostRawAsync(JsonConvert.SerializeObject(client.NewActivity(ActivityTypes.Message)));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            if (header?.Parameter is { Length: > 0 } parameter)
            {
                sent.Add(parameter);
            }
        }

        var valid = fixture.ValidTokens.Mint();
        using (var client = fixture.CreateClient(Bearer(valid)))
        {
            await client.SayAsync("hello");
        }

        sent.Add(valid);

        var lines = fixture.Logs.Entries.Select(e => e.Line).ToList();
        output.WriteLine($"{lines.Count} log lines checked against {sent.Count} credentials");

        // The refusals are logged (so the scan below has something to look at), without what was presented, and
        // as one routine line each: not as errors with stack traces that anyone could flood the log with.
        Assert.Contains(lines, line => line.Contains(nameof(UnauthorizedAccessException), StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Level >= LogLevel.Warning && (e.Exception is UnauthorizedAccessException || e.Line.Contains(nameof(UnauthorizedAccessException), StringComparison.Ordinal)));
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Information && e.Category == typeof(ChannelTokenAuthentication).FullName && e.Exception is null);
        var secrets = sent.SelectMany(TokenParts).Append(fixture.AppPassword).Distinct(StringComparer.Ordinal).ToList();
        var leaks = lines.Where(line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal))).ToList();
        Assert.Empty(leaks);
    }

    /// <summary>The Authorization header of a refused case; null sends none.</summary>
    private static AuthenticationHeaderValue? HeaderFor(string refusedCase, ChannelAuthenticationFixture fixture)
    {
        var valid = fixture.ValidTokens;
        return refusedCase switch
        {
            "no Authorization header" => null,
            "a bearer that is not a token" => Bearer("not-a-token"),
            "a bearer of three dotted nonsense parts" => Bearer("abc.def.ghi"),
            "another scheme" => new AuthenticationHeaderValue("Basic", Convert.ToBase64String("bot:secret"u8.ToArray())),
            "signed by a key nobody published" => Bearer((valid with { SigningKey = fixture.UnknownKey }).Mint()),
            "signed by an unknown key under the published key id" => Bearer((valid with { SigningKey = fixture.UnknownKey, AnnouncedKeyId = fixture.ChannelKey.KeyId }).Mint()),
            "not signed at all" => Bearer((valid with { WithoutSignature = true }).Mint()),
            "expired an hour ago" => Bearer((valid with { NotBeforeOffset = TimeSpan.FromHours(-2), Lifetime = TimeSpan.FromHours(1) }).Mint()),
            "valid only from tomorrow" => Bearer((valid with { NotBeforeOffset = TimeSpan.FromDays(1) }).Mint()),
            "for another app id" => Bearer((valid with { Audience = Guid.NewGuid().ToString() }).Mint()),
            "from another issuer" => Bearer((valid with { Issuer = "https://api.botframework.com" }).Mint()),
            "for another service URL" => Bearer((valid with { ServiceUrl = "https://attacker.example.test/" }).Mint()),
            "without a service URL" => Bearer((valid with { ServiceUrl = string.Empty }).Mint()),
            "signed by a key that endorses another channel" => Bearer((valid with { SigningKey = fixture.OtherChannelKey }).Mint()),
            "a Direct Line token of this host" => Bearer(fixture.Services.GetRequiredService<DirectLineTokens>().Issue(DirectLineTokens.NewConversationId(), "dl_user").Token),
            _ => throw new ArgumentOutOfRangeException(nameof(refusedCase), refusedCase, "Unknown case."),
        };
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>A token and each of its dotted parts that is long enough to be specific (header, claims, signature).</summary>
    private static IEnumerable<string> TokenParts(string token) => token.Split('.').Where(part => part.Length >= 16).Prepend(token);
}
