using ComplaintBot.Teams.Packager;
using Microsoft.Extensions.Configuration;

return new PackagerCommand(Console.Out, Console.Error).Run(args, builder => builder.AddEnvironmentVariables());
