using ComplaintBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddComplaintBotHost();

var app = builder.Build();
app.MapComplaintBotEndpoints();
app.Run();

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
