namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>One file at the root of the app package.</summary>
/// <param name="Name">The file name; Teams packages are flat, so never a path.</param>
/// <param name="Content">The bytes.</param>
internal sealed record PackageFile(string Name, ReadOnlyMemory<byte> Content);
