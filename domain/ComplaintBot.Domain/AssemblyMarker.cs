namespace ComplaintBot.Domain;

/// <summary>Placeholder so the project compiles before its first real type lands.</summary>
internal static class AssemblyMarker
{
}
