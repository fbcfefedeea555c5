using ComplaintBot.Bench.Evidence;
using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios.Echo;
using ComplaintBot.Bench.Scenarios.Interview;

namespace ComplaintBot.Bench.Scenarios;

/// <summary>Which conversations a load run has: complete complaint interviews, or the same messages to the echo baseline.</summary>
internal sealed class Scenario(string name, bool interview, EvidenceFileServer files, TimeProvider clock)
{
    // Chinese is the default language; about a third of the shoppers write English.
    private const int EnglishOneIn = 3;

    public string Name => name;

    public static Scenario Interviews(EvidenceFileServer files, TimeProvider clock) => new("interview", interview: true, files, clock);

    public static Scenario Echo(EvidenceFileServer files, TimeProvider clock) => new("echo", interview: false, files, clock);

    /// <summary>A new conversation with a new shopper.</summary>
    public ISession Next(BotConnection connection, TurnLog log, Random random)
    {
        var persona = NewPersona(random);
        var conversation = new Conversation(connection, log, persona.Locale, files.BaseAddress);
        return interview
            ? new InterviewSession(conversation, persona, files, log)
            : new EchoSession(conversation, persona, files);
    }

    /// <summary>A new interview that may stop at its summary, to look at the state of a full draft.</summary>
    public (InterviewSession Session, Conversation Conversation) NextInterview(BotConnection connection, TurnLog log, Random random, bool stopAtSummary)
    {
        var persona = NewPersona(random);
        var conversation = new Conversation(connection, log, persona.Locale, files.BaseAddress);
        return (new InterviewSession(conversation, persona, files, log) { StopAtSummary = stopAtSummary }, conversation);
    }

    private Persona NewPersona(Random random)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
#pragma warning disable CA5394 // Not security relevant: choosing test data.
        return PersonaFactory.Create(random, today, chinese: random.Next(EnglishOneIn) != 0);
#pragma warning restore CA5394
    }
}
