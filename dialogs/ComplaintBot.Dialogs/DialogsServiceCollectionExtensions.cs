using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Dialogs;

/// <summary>Registers the interview with the host.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the root <see cref="Dialog"/> (the complaint interview) and what it needs. Conversation and user
    /// state come from the storage registration; an evidence intake registered before this call wins over the
    /// built-in one, which records what the channel says about a file without downloading it.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddComplaintDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(BotText.Default);
        services.TryAddSingleton(ComplaintRulesOptions.Default);
        services.TryAddSingleton<ComplaintCards>();
        services.TryAddSingleton<IEvidenceIntake, MetadataEvidenceIntake>();
        services.TryAddSingleton<ComplaintHistoryStore>();
        services.TryAddSingleton<InterviewServices>();
        services.TryAddSingleton<Dialog>(sp => new ComplaintInterviewDialog(sp.GetRequiredService<InterviewServices>()));
        return services;
    }
}
