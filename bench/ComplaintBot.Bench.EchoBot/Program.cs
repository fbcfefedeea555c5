using ComplaintBot.Bench.EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// Composed like the product host (CloudAdapter over ConfigurationBotFrameworkAuthentication, empty app id), so
// the two differ only in what the bot does with a turn.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
    builder.Configuration,
    httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
    sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddTransient<IBot, EchoHandler>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
    adapter.ProcessAsync(request, response, bot, cancellationToken));
app.MapGet("/healthz", () => "ok");
app.Run();
