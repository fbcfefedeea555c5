namespace ComplaintBot.Domain.Documents;

/// <summary>The JSON Schema of <see cref="ComplaintDocument"/>, embedded in the assembly.</summary>
public static class ComplaintDocumentSchema
{
    private const string ResourceName = "ComplaintBot.Domain.complaint-document.schema.json";
    private static readonly Lazy<string> Text = new(Load);

    /// <summary>Gets the schema text (JSON Schema 2020-12).</summary>
    public static string Json => Text.Value;

    private static string Load()
    {
        using var stream = typeof(ComplaintDocumentSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new Complaints.ComplaintDomainException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
