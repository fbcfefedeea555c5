namespace ComplaintBot.Bench.Micro;

/// <summary>Reads the JSON samples embedded from <c>Samples/</c>.</summary>
internal static class SampleResources
{
    public static string Read(string name)
    {
        using var stream = typeof(SampleResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Sample {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
