using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The machine-readable hint on every question: <c>channelData.complaintBot = { step, index, total }</c>. The
/// web page draws its progress bar from it; automated conversations use it to know what is being asked.
/// </summary>
public static class StepHint
{
    /// <summary>The channel-data property that carries the hint.</summary>
    public const string Property = "complaintBot";

    /// <summary>Creates the channel data for a step.</summary>
    /// <param name="step">The step id (see <see cref="InterviewStep"/>).</param>
    /// <returns>The channel data object.</returns>
    public static JObject For(string step) => new()
    {
        [Property] = new JObject
        {
            ["step"] = step,
            ["index"] = InterviewStep.IndexOf(step),
            ["total"] = InterviewStep.All.Count,
        },
    };

    /// <summary>Reads the step from an activity's channel data, if it carries a hint.</summary>
    /// <param name="channelData">The activity's channel data.</param>
    /// <returns>The step, or null.</returns>
    public static string? Read(object? channelData) =>
        (channelData as JObject)?[Property]?["step"]?.Type == JTokenType.String ? (string?)((JObject)channelData!)[Property]!["step"] : null;
}
