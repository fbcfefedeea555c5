namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>The package cannot be built; every problem found is listed, one sentence each, so one run shows them all.</summary>
internal sealed class TeamsPackageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TeamsPackageException"/> class.</summary>
    /// <param name="errors">The problems, at least one.</param>
    public TeamsPackageException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Errors = errors;
    }

    /// <summary>Gets the problems.</summary>
    public IReadOnlyList<string> Errors { get; }
}
