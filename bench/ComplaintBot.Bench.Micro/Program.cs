using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ComplaintBot.Bench.Micro;

// Arguments are BenchmarkDotNet's (e.g. --filter *Recognizer*); ComplaintBot.Bench passes --filter * and --artifacts.
BenchmarkSwitcher.FromAssembly(typeof(ShortJobConfig).Assembly).Run(args, new ShortJobConfig());
