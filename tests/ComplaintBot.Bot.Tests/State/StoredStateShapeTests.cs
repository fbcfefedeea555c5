using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Storage;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>The state written on every turn stays plain data, which is what keeps its serialization cheap.</summary>
public sealed class StoredStateShapeTests
{
    [Theory]
    [InlineData(typeof(InterviewState))]
    [InlineData(typeof(ComplaintDraft))]
    [InlineData(typeof(TurnLedger))]
    public void EveryTurnsState_IsPlainData(Type type)
    {
        Assert.True(StorageJson.IsPlainData(type), type.Name + " gained a member Newtonsoft.Json and System.Text.Json write differently (see PlainDataTypes).");
    }
}
