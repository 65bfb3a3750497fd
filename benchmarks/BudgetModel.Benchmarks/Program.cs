using BenchmarkDotNet.Running;

// This assembly, not typeof(Program): the CLI (referenced for CliBenchmarks) has a Program of its own.
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
