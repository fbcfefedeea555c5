namespace ComplaintBot.Evidence.Refusals;

/// <summary>
/// Raised inside the pipeline when a file is refused; the intake turns it into a localized refusal. It never
/// leaves the project, so callers only see <see cref="Dialogs.Evidence.EvidenceIntakeResult"/>.
/// </summary>
internal sealed class EvidenceRefusedException : Exception
{
    public EvidenceRefusedException(string code)
        : base($"Evidence refused: {code}") => Code = code;

    public EvidenceRefusedException(string code, Exception innerException)
        : base($"Evidence refused: {code}", innerException) => Code = code;

    public EvidenceRefusedException()
        : this(EvidenceRefusalCodes.Unreachable)
    {
    }

    public string Code { get; }
}
